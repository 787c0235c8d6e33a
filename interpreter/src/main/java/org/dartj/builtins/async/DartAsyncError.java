package org.dartj.builtins.async;

import org.dartj.builtins.core.DartToString;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.DartImmutableValue;

/** An {@code AsyncError}: an error with its stack trace, printed as the error. */
public record DartAsyncError(DartClass dartClass, Object error, Object stackTrace) implements DartObject, DartImmutableValue {
    @Override
    public String toString() {
        return DartToString.toDisplayString(error);
    }
}
