package org.dartj.classes;

import org.dartj.isolate.DartUncaughtErrors;
import org.dartj.runtime.DartException;

/** A Dart {@code StackTrace}: the frames captured with a thrown exception. */
public final class DartStackTraceObject implements DartObject {
    private final DartClass dartClass;
    private final DartException exception;

    public DartStackTraceObject(DartClass dartClass, DartException exception) {
        this.dartClass = dartClass;
        this.exception = exception;
    }

    /** The thrown exception whose frames this trace shows. */
    public DartException exception() {
        return exception;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public String toString() {
        return DartUncaughtErrors.formatStackTrace(exception);
    }
}
