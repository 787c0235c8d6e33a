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
}
