package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Futures of the current isolate, and running Dart callbacks into them. */
public final class DartAsyncSupport {
    private DartAsyncSupport() {
    }

    public static DartFuture newFuture(DartContext context) {
        return new DartFuture(context.getLoop(), context::reportUncaught);
    }

    /** Runs {@code callback(args)} and completes {@code result} with its value or error. */
    @TruffleBoundary
    public static void runInto(DartFuture result, DartFunction callback, Object... args) {
        Object value;
        try {
            value = callback == null ? DartNull.INSTANCE : DartCalls.call(callback, args);
        } catch (DartException e) {
            result.completeError(e);
            return;
        }
        result.complete(value);
    }

    /** Runs the error handler {@code handler(error[, stackTrace])} and completes {@code result} with its outcome. */
    @TruffleBoundary
    public static void runErrorHandlerInto(DartFuture result, DartFunction handler, DartException error) {
        Object value;
        try {
            value = DartCalls.callErrorHandler(handler, error);
        } catch (DartException e) {
            result.completeError(e);
            return;
        }
        result.complete(value);
    }
}
