package org.dartj.classes;

import org.dartj.isolate.DartUncaughtErrors;
import org.dartj.runtime.DartException;

/**
 * A Dart {@code StackTrace}: the frames captured with a thrown exception, or a fixed text
 * ({@code StackTrace.fromString}, {@code StackTrace.empty}).
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

    /**
     * The trace a catch clause or error handler receives for an exception: the one it was
     * thrown with, else its captured frames (captured now, see DartTryNode).
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static Object of(DartClass stackTraceClass, DartException e) {
        if (e.stackTrace() != null) {
            return e.stackTrace();
        }
        com.oracle.truffle.api.TruffleStackTrace.fillIn(e);
        return new DartStackTraceObject(stackTraceClass, e);
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
        return text != null ? text : DartUncaughtErrors.formatStackTrace(exception);
    }
}
