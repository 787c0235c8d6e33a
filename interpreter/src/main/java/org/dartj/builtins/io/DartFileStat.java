package org.dartj.builtins.io;

import org.dartj.builtins.core.DartDateTime;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;

/** A {@code FileStat}: the type, size and modification time found for a path; modified is null when nothing is there. */
public record DartFileStat(DartClass dartClass, DartFileSystemEntityType type, long size, DartDateTime modified) implements DartObject, DartImmutableValue {
}
