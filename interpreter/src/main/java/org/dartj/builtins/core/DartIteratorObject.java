package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.types.DartType;

/** A Dart {@code Iterator} value ({@code iterable.iterator}) backed by a {@link DartIterator}. */
public final class DartIteratorObject implements DartObject {
    private final DartClass dartClass;
    private final DartIterator iterator;
    private final DartType type;

    public DartIteratorObject(DartClass dartClass, DartIterator iterator) {
        this(dartClass, iterator, null);
    }

    /** {@code type}: the VM's iterator class for the iterable ({@code ListIterator<int>}), or null if not known. */
    public DartIteratorObject(DartClass dartClass, DartIterator iterator, DartType type) {
        this.dartClass = dartClass;
        this.iterator = iterator;
        this.type = type;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    public DartIterator iterator() {
        return iterator;
    }

    /** The run-time type, or null when DartJ does not know the VM's iterator class. */
    public DartType type() {
        return type;
    }

    @Override
    public String toString() {
        return "Instance of '" + (type != null ? type.toString() : "ListIterator<dynamic>") + "'";
    }
}
