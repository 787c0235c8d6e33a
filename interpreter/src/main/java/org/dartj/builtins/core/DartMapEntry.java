package org.dartj.builtins.core;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

/** A Dart {@code MapEntry}: a key and a value; prints as {@code MapEntry(key: value)}. */
public final class DartMapEntry implements DartObject {
    private final DartClass dartClass;
    private final Object key;
    private final Object value;

    public DartMapEntry(DartClass dartClass, Object key, Object value) {
        this.dartClass = dartClass;
        this.key = key;
        this.value = value;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    public Object key() {
        return key;
    }

    public Object value() {
        return value;
    }

    @Override
    public String toString() {
        return "MapEntry(" + DartToString.toDisplayString(key) + ": " + DartToString.toDisplayString(value) + ")";
    }
}
