package org.dartj.nodes.call;

import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Calls into Dart from the runtime (event handlers, future callbacks): slow-path calls. */
public final class DartCalls {
    private DartCalls() {
    }

    @TruffleBoundary
    public static Object call(DartFunction function, Object... positional) {
        Object[] args = new Object[positional.length + 1];
        args[0] = function.captured;
        System.arraycopy(positional, 0, args, 1, positional.length);
        return function.callTarget.call(args);
    }

    /**
     * Calls an error handler ({@code onError}, {@code catchError}, {@code handleError}) the way
     * the SDK does: with {@code (error, stackTrace)} when it takes two positional parameters,
     * else with {@code (error)}.
     */
    @TruffleBoundary
    /** Whether an error handler takes two positional parameters (the error and its stack trace). */
    public static boolean takesTwo(DartFunction handler) {
        var root = handler.callTarget.getRootNode();
        return root instanceof org.dartj.nodes.DartRootNode r ? r.maxPositional() >= 2 : root instanceof DartJavaFunctionRootNode j && j.maxPositional() >= 2;
    }

    public static Object callErrorHandler(DartFunction handler, org.dartj.runtime.DartException error) {
        org.dartj.builtins.core.ErrorBuiltins.recordThrown(error, handler.callTarget.getRootNode());
        if (takesTwo(handler)) {
            var classes = org.dartj.DartLanguage.get(null).coreClasses();
            return call(handler, error.getValue(), org.dartj.classes.DartStackTraceObject.of(classes.stackTraceImplClass, error));
        }
        return call(handler, error.getValue());
    }
}
