package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;

/** An iterable over a fixed snapshot of elements (a string's runes, its matches). */
public final class DartArrayIterable extends DartLazyIterable {
    private final DartClass dartClass;
    private final Object[] elements;

    public DartArrayIterable(DartCoreClasses classes, DartClass dartClass, Object[] elements) {
        super(classes);
        this.dartClass = dartClass;
        this.elements = elements;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public DartIterator iterator() {
        return new DartIterator() {
            private int index = -1;

            @Override
            public boolean moveNext() {
                return ++index < elements.length;
            }

            @Override
            public Object current() {
                return index >= 0 && index < elements.length ? elements[index] : org.dartj.runtime.DartNull.INSTANCE;
            }
        };
    }

    @Override
    public boolean isEfficientLength() {
        return true;
    }

    @Override
    public long length() {
        return elements.length;
    }
}
