package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.core.DartDuration;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** Future: constructors and the callback-registering members. */
public final class FutureBuiltins {
    private FutureBuiltins() {
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "value", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class ValueNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture value(Object value) {
            DartFuture f = DartAsyncSupport.newFuture(DartContext.get(this));
            f.completeAsync(value);
            return f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "error", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 1)
    public abstract static class ErrorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture error(Object error, Object stackTrace) {
            DartFuture f = DartAsyncSupport.newFuture(DartContext.get(this));
            f.completeErrorAsync(new DartException(error, this));
            return f;
        }
    }

    /** {@code Future(computation)}: runs the computation in a timer event. */
    @DartBuiltin(library = "dart:async", owner = "Future", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture create(DartFunction computation) {
            DartContext context = DartContext.get(this);
            DartFuture f = DartAsyncSupport.newFuture(context);
            context.getLoop().addTimer(0, false, () -> DartAsyncSupport.runInto(f, computation));
            return f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "microtask", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class MicrotaskNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture create(DartFunction computation) {
            DartContext context = DartContext.get(this);
            DartFuture f = DartAsyncSupport.newFuture(context);
            context.getLoop().scheduleMicrotask(() -> DartAsyncSupport.runInto(f, computation));
            return f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "delayed", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 1)
    public abstract static class DelayedNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture delayed(DartDuration duration, Object computation) {
            DartContext context = DartContext.get(this);
            DartFuture f = DartAsyncSupport.newFuture(context);
            DartFunction fn = computation instanceof DartFunction c ? c : null;
            context.getLoop().addTimer(Math.floorDiv(duration.micros, 1000), false, () -> DartAsyncSupport.runInto(f, fn));
            return f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "then", required = 1, named = {"onError"})
    public abstract static class ThenNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture then(DartFuture self, DartFunction onValue, Object onError) {
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            self.addListener(done -> {
                if (!done.isError()) {
                    DartAsyncSupport.runInto(result, onValue, done.value());
                } else if (onError instanceof DartFunction handler) {
                    DartAsyncSupport.runInto(result, handler, done.error().getValue());
                } else {
                    result.completeError(done.error());
                }
            });
            return result;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "catchError", required = 1)
    public abstract static class CatchErrorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture catchError(DartFuture self, DartFunction onError) {
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            self.addListener(done -> {
                if (done.isError()) {
                    DartAsyncSupport.runInto(result, onError, done.error().getValue());
                } else {
                    result.complete(done.value());
                }
            });
            return result;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "whenComplete", required = 1)
    public abstract static class WhenCompleteNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture whenComplete(DartFuture self, DartFunction action) {
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            self.addListener(done -> {
                DartFuture ignored = DartAsyncSupport.newFuture(DartContext.get(null));
                DartAsyncSupport.runInto(ignored, action);
                if (ignored.isError()) {
                    result.completeError(ignored.error());
                } else if (done.isError()) {
                    result.completeError(done.error());
                } else {
                    result.complete(done.value());
                }
            });
            return result;
        }
    }

}
