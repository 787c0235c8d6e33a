package org.dartj.builtins.io;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;

/**
 * {@code stdin}, {@code stdout} or {@code stderr}. Holds no stream: every call writes through
 * the current isolate's streams (those {@code print} uses), so the values are shared.
 */
public record DartStdio(DartClass dartClass, Kind kind) implements DartObject, DartImmutableValue {
    public enum Kind { IN, OUT, ERR }

    @Override
    public String toString() {
        return kind == Kind.IN ? "Instance of 'Stdin'" : "Instance of 'Stdout'";
    }
}
