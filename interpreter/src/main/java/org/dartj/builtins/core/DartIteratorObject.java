package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

/** A Dart {@code Iterator} value ({@code iterable.iterator}) backed by a {@link DartIterator}. */
public final class DartIteratorObject implements DartObject {
    private final DartClass dartClass;
    private final DartIterator iterator;

    public DartIteratorObject(DartClass dartClass, DartIterator iterator) {
        this.dartClass = dartClass;
        this.iterator = iterator;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    public DartIterator iterator() {
        return iterator;
    }

    @Override
    public String toString() {
        return "Instance of 'ListIterator<dynamic>'";
    }
}
