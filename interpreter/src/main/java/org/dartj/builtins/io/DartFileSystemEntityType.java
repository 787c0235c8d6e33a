package org.dartj.builtins.io;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;

/** A {@code FileSystemEntityType}: equal by name, printed as its name (file, directory, link, notFound). */
public record DartFileSystemEntityType(DartClass dartClass, String name) implements DartObject, DartImmutableValue {
    @Override
    public String toString() {
        return name;
    }
}
