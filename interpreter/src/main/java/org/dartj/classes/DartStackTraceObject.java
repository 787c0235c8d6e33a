package org.dartj.classes;

import org.dartj.isolate.DartUncaughtErrors;
import org.dartj.runtime.DartException;

/**
 * A Dart {@code StackTrace}: the frames captured with a thrown exception, or a given text
 * ({@code StackTrace.fromString}, a RemoteError's stack trace).
 */
public final class DartStackTraceObject implements DartObject {
    private final DartClass dartClass;
    private final DartException exception;
    private final String text;

    public DartStackTraceObject(DartClass dartClass, DartException exception) {
        this.dartClass = dartClass;
        this.exception = exception;
        this.text = null;
    }

    public DartStackTraceObject(DartClass dartClass, String text) {
        this.dartClass = dartClass;
        this.exception = null;
        this.text = text;
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    @Override
    public String toString() {
        return text != null ? text : DartUncaughtErrors.formatStackTrace(exception);
    }
}
