package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.nodes.controlflow.DartForInNode;

/**
 * An eagerly snapshotted Iterable (map keys and values) until lazy iterables arrive; prints
 * like a Dart Iterable: {@code (a, b)}.
 */
public final class DartIterableView implements DartObject, DartForInNode.DartIterableView {
    private final DartClass dartClass;
    private final Object[] elements;

    public DartIterableView(DartClass dartClass, Object[] elements) {
        this.dartClass = dartClass;
        this.elements = elements;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public Object[] elements() {
        return elements;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(DartToString.toDisplayString(elements[i]));
        }
        return sb.append(')').toString();
    }
}
