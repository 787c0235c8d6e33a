package org.dartj.builtins.io;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;

/** {@code FileMode.read}, {@code write}, {@code append}, {@code writeOnly}, {@code writeOnlyAppend}. */
public record DartFileMode(DartClass dartClass, int mode) implements DartObject, DartImmutableValue {
    public static final int READ = 0;
    public static final int WRITE = 1;
    public static final int APPEND = 2;
    public static final int WRITE_ONLY = 3;
    public static final int WRITE_ONLY_APPEND = 4;

    public boolean appends() {
        return mode == APPEND || mode == WRITE_ONLY_APPEND;
    }

    @Override
    public String toString() {
        return "Instance of 'FileMode'";
    }
}
