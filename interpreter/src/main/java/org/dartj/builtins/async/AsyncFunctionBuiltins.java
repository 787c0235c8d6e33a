package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** Top-level functions of dart:async. */
public final class AsyncFunctionBuiltins {
    private AsyncFunctionBuiltins() {
    }

    @DartBuiltin(library = "dart:async", name = "scheduleMicrotask", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class ScheduleMicrotaskNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object schedule(DartFunction callback) {
            DartContext context = DartContext.get(this);
            if (context.getLoop().currentZone() == null) {
                context.getLoop().enqueueMicrotask(() -> DartCalls.call(callback));
            } else {
                DartZone zone = DartZone.current(context);
                zone.dispatch(DartZone.Handler.SCHEDULE_MICROTASK, zone.bindFunction(callback, 0, true));
            }
            return DartNull.INSTANCE;
        }
    }

    /** {@code unawaited(future)}: marks a future as intentionally not awaited; nothing happens. */
    @DartBuiltin(library = "dart:async", name = "unawaited", kind = DartBuiltin.Kind.FUNCTION, required = 1)
    public abstract static class UnawaitedNode extends DartBuiltinNode {
        @Specialization
        protected Object unawaited(Object future) {
            return DartNull.INSTANCE;
        }
    }
}
