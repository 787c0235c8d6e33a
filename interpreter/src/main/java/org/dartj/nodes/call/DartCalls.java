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
    public static Object callErrorHandler(DartFunction handler, org.dartj.runtime.DartException error) {
        org.dartj.builtins.core.ErrorBuiltins.recordThrown(error, handler.callTarget.getRootNode());
        if (handler.callTarget.getRootNode() instanceof org.dartj.nodes.DartRootNode root && root.maxPositional() >= 2) {
            var classes = org.dartj.DartLanguage.get(null).coreClasses();
            return call(handler, error.getValue(), org.dartj.classes.DartStackTraceObject.of(classes.stackTraceImplClass, error));
        }
        return call(handler, error.getValue());
    }
}
