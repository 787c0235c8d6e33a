package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.classes.DartErrorObject;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.core.DartDuration;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** Future: constructors and the callback-registering members. */
public final class FutureBuiltins {
    private FutureBuiltins() {
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "value", kind = DartBuiltin.Kind.CONSTRUCTOR, optional = 1)
    public abstract static class ValueNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture value(Object value) {
            DartContext context = DartContext.get(this);
            Object type = DartAsyncSupport.typeArgument(context);
            if (type == null && value != org.dartj.runtime.DartNull.INSTANCE && !(value instanceof DartFuture)) {
                // Future.value(x): T is x's static type, approximated by its run-time type when that
                // has no type arguments (an untyped collection literal may have been inferred otherwise).
                var runtimeType = DartLanguage.get(this).coreClasses().types.typeOf(value);
                if (!(runtimeType instanceof org.dartj.types.DartInterfaceType t) || t.arguments().length == 0) {
                    type = runtimeType;
                }
            }
            DartFuture f = DartAsyncSupport.newFuture(context).withTypeArgument(type);
            f.completeAsync(value);
            return f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "error", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 1)
    public abstract static class ErrorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture error(Object error, Object stackTrace) {
            DartContext context = DartContext.get(this);
            DartFuture f = DartAsyncSupport.newFuture(context);
            f.completeErrorAsync(AsyncErrorBuiltins.userError(context, error, stackTrace, this));
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
            TimerBuiltins.internalTimer(context, 0, () -> DartAsyncSupport.runInto(f, computation));
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
            TimerBuiltins.internalTimer(context, duration.micros, () -> DartAsyncSupport.runInto(f, fn));
            return f;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "then", required = 1, named = {"onError"})
    public abstract static class ThenNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture then(DartFuture self, DartFunction valueCallback, Object errorCallback) {
            DartContext context = DartContext.get(this);
            DartFuture result = DartAsyncSupport.newFuture(context);
            DartFunction onValue = DartAsyncSupport.register(context, valueCallback, 1);
            Object onError = errorCallback instanceof DartFunction f ? DartAsyncSupport.registerErrorHandler(context, f) : errorCallback;
            self.addListener(done -> {
                if (!done.isError()) {
                    DartAsyncSupport.runInto(result, onValue, done.value());
                } else if (onError instanceof DartFunction handler) {
                    DartAsyncSupport.runErrorHandlerInto(result, handler, done.error());
                } else {
                    result.completeError(done.error());
                }
            });
            return result;
        }
    }

    /**
     * {@code catchError}/{@code onError}: a future with this one's value, or with what the
     * handler makes of an error that passes {@code test} (both run in the caller's zone).
     */
    @TruffleBoundary
    static DartFuture catchInto(Node node, DartFuture self, DartFunction handler, Object testCallback) {
        DartContext context = DartContext.get(node);
        DartFuture result = DartAsyncSupport.newFuture(context);
        DartFunction onError = DartAsyncSupport.registerErrorHandler(context, handler);
        Object test = testCallback instanceof DartFunction f ? DartAsyncSupport.register(context, f, 1) : testCallback;
        self.addListener(done -> {
            if (!done.isError()) {
                result.complete(done.value());
                return;
            }
            if (test instanceof DartFunction t) {
                Object matches;
                try {
                    matches = DartAsyncSupport.callInZone(result.loop().currentZone(), t, done.error().getValue());
                } catch (DartException e) {
                    result.completeError(e);
                    return;
                }
                if (matches != Boolean.TRUE) {
                    result.completeError(done.error());
                    return;
                }
            }
            DartAsyncSupport.runErrorHandlerInto(result, onError, done.error());
        });
        return result;
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "catchError", required = 1, named = {"test"})
    public abstract static class CatchErrorNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture catchError(DartFuture self, DartFunction handler, Object testCallback) {
            return catchInto(this, self, handler, testCallback);
        }
    }

    /**
     * {@code onError(handler, {test})} (FutureExtensions): catchError with a handler that takes
     * the error and its stack trace. The type argument that would select which errors are
     * handled is not passed to builtins, so every error (that passes {@code test}) is.
     */
    @DartBuiltin(library = "dart:async", owner = "Future", name = "onError", required = 1, named = {"test"})
    public abstract static class OnErrorNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture onError(DartFuture self, DartFunction handler, Object testCallback) {
            return catchInto(this, self, handler, testCallback);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "whenComplete", required = 1)
    public abstract static class WhenCompleteNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture whenComplete(DartFuture self, DartFunction callback) {
            DartContext context = DartContext.get(this);
            DartFuture result = DartAsyncSupport.newFuture(context);
            DartFunction action = DartAsyncSupport.register(context, callback, 0);
            self.addListener(done -> {
                DartFuture ignored = DartAsyncSupport.newFuture(context);
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

    /**
     * {@code timeout(limit, {onTimeout})}: a timer races the future; without onTimeout the
     * loser is a TimeoutException "Future not completed".
     */
    @DartBuiltin(library = "dart:async", owner = "Future", name = "timeout", required = 1, named = {"onTimeout"})
    public abstract static class TimeoutNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture timeout(DartFuture self, DartDuration limit, Object onTimeout) {
            DartContext context = DartContext.get(this);
            DartFuture result = DartAsyncSupport.newFuture(context);
            Node node = this;
            boolean[] settled = new boolean[1];
            var timer = TimerBuiltins.internalTimer(context, limit.micros, () -> {
                if (settled[0]) {
                    return;
                }
                settled[0] = true;
                if (onTimeout instanceof DartFunction f) {
                    DartAsyncSupport.runInto(result, f);
                } else {
                    var classes = DartLanguage.get(node).coreClasses();
                    String text = "TimeoutException after " + org.dartj.builtins.core.DartToString.toDisplayString(limit) + ": Future not completed";
                    result.completeError(new DartException(new DartTimeoutException(classes.byName("TimeoutException"),
                                    org.dartj.builtins.core.DartToStringNode.toTruffleString("Future not completed"), text, limit), node));
                }
            });
            self.addListener(done -> {
                if (!settled[0]) {
                    settled[0] = true;
                    if (timer != null) {
                        timer.cancel();
                    }
                    if (done.isError()) {
                        result.completeError(done.error());
                    } else {
                        result.complete(done.value());
                    }
                }
            });
            return result;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "ignore")
    public abstract static class IgnoreNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object ignore(DartFuture self) {
            self.addListener(done -> {
            });
            return DartNull.INSTANCE;
        }
    }

    /** {@code asStream()}: {@code Stream.fromFuture(this)}, as in the SDK. */
    @DartBuiltin(library = "dart:async", owner = "Future", name = "asStream")
    public abstract static class AsStreamNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream asStream(DartFuture self) {
            return StreamBuiltins.fromFuture(this, self);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "TimeoutException", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 1)
    public abstract static class TimeoutExceptionNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(Object message, Object duration) {
            String text = "TimeoutException";
            if (duration != DartNull.INSTANCE) {
                text += " after " + org.dartj.builtins.core.DartToString.toDisplayString(duration);
            }
            if (message != DartNull.INSTANCE) {
                text += ": " + org.dartj.builtins.core.DartToString.toDisplayString(message);
            }
            return new DartTimeoutException(DartLanguage.get(this).coreClasses().byName("TimeoutException"), message, text, duration);
        }
    }

    /** A TimeoutException: its message, its duration (null when not given) and its text. */
    public static final class DartTimeoutException extends DartErrorObject {
        final Object duration;

        DartTimeoutException(org.dartj.classes.DartClass dartClass, Object message, String text, Object duration) {
            super(dartClass, message, text);
            this.duration = duration;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "TimeoutException", name = "duration", kind = DartBuiltin.Kind.GETTER)
    public abstract static class TimeoutDurationNode extends DartBuiltinNode {
        @Specialization
        protected Object duration(DartTimeoutException self) {
            return self.duration;
        }

        @Specialization(guards = "!isTimeout(self)")
        protected Object other(@SuppressWarnings("unused") Object self) {
            // TimeoutExceptions made by timeout() without a duration of their own.
            return DartNull.INSTANCE;
        }

        static boolean isTimeout(Object self) {
            return self instanceof DartTimeoutException;
        }
    }
}
