package org.dartj.builtins.io;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;

/** A {@code File} or {@code Directory}: only its path; every operation goes to the file system. */
public record DartFileEntity(DartClass dartClass, String path) implements DartObject, DartImmutableValue {
    @Override
    public String toString() {
        return dartClass.getName() + ": '" + path + "'";
    }
}
