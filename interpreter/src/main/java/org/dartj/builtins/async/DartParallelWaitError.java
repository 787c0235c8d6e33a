package org.dartj.builtins.async;

import org.dartj.builtins.core.DartToString;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;

/**
 * A {@code ParallelWaitError}: the values and errors of a parallel wait, in the shape of the
 * waited collection, and the count and first error that its {@code toString} reports.
 */
public record DartParallelWaitError(DartClass dartClass, Object values, Object errors, Long errorCount, AsyncErrorBuiltins.DartAsyncError defaultError) implements DartObject {
    @Override
    public String toString() {
        String count = errorCount != null && errorCount > 1 ? "(" + errorCount + " errors)" : "";
        if (defaultError == null) {
            return "ParallelWaitError" + count;
        }
        return "ParallelWaitError" + count + ": " + DartToString.toDisplayString(defaultError.error);
    }
}
