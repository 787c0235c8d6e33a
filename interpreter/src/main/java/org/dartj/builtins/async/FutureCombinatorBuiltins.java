package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartIterator;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * The static members of Future that combine futures (wait, any, forEach, doWhile) and
 * Future.sync, following sdk/lib/async/future.dart: the same completion points, so the same
 * ordering against other microtasks.
 */
public final class FutureCombinatorBuiltins {
    private FutureCombinatorBuiltins() {
    }

    /** A value awaited as a future: non-futures count as already-completed ones. */
    @TruffleBoundary
    static DartFuture asFuture(Object value, Node node) {
        if (value instanceof DartFuture f) {
            return f;
        }
        DartFuture f = DartAsyncSupport.newFuture(DartContext.get(node));
        f.complete(value);
        return f;
    }

    /** The state of one Future.wait call. */
    private static final class Wait {
        final DartFuture result;
        final boolean eagerError;
        final DartFunction cleanUp;
        Object[] values;
        int remaining;
        DartException error;

        Wait(DartFuture result, boolean eagerError, DartFunction cleanUp) {
            this.result = result;
            this.eagerError = eagerError;
            this.cleanUp = cleanUp;
        }

        void onValue(int position, Object value) {
            remaining--;
            if (values != null) {
                values[position] = value;
                if (remaining == 0) {
                    result.complete(new DartList(values.clone(), values.length, true, null));
                }
            } else {
                if (cleanUp != null && value != DartNull.INSTANCE) {
                    cleanUp(value);
                }
                if (remaining == 0 && !eagerError) {
                    result.completeError(error);
                }
            }
        }

        void onError(DartException e) {
            remaining--;
            if (values != null) {
                if (cleanUp != null) {
                    for (Object v : values) {
                        if (v != null && v != DartNull.INSTANCE) {
                            cleanUp(v);
                        }
                    }
                }
                values = null;
                if (remaining == 0 || eagerError) {
                    result.completeError(e);
                } else {
                    error = e;
                }
            } else if (remaining == 0 && !eagerError) {
                result.completeError(error);
            }
        }

        private void cleanUp(Object value) {
            DartAsyncSupport.runInto(DartAsyncSupport.newFuture(DartContext.get(null)), cleanUp, value);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "wait", kind = DartBuiltin.Kind.STATIC, required = 1, named = {"eagerError", "cleanUp"})
    public abstract static class WaitNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture await(Object futures, Object eagerError, Object cleanUp) {
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            Wait wait = new Wait(result, eagerError == Boolean.TRUE, cleanUp instanceof DartFunction f ? f : null);
            Object[] all = DartIterables.toArray(futures);
            for (Object future : all) {
                int position = wait.remaining;
                asFuture(future, this).addListener(done -> {
                    if (done.isError()) {
                        wait.onError(done.error());
                    } else {
                        wait.onValue(position, done.value());
                    }
                });
                wait.remaining++;
            }
            if (wait.remaining == 0) {
                result.complete(new DartList(new Object[4], 0, true, null));
            } else {
                wait.values = new Object[wait.remaining];
            }
            return result;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "any", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class AnyNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture any(Object futures) {
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            for (Object future : DartIterables.toArray(futures)) {
                asFuture(future, this).addListener(done -> {
                    if (result.isCompletingOrComplete()) {
                        return;
                    }
                    if (done.isError()) {
                        result.completeError(done.error());
                    } else {
                        result.complete(done.value());
                    }
                });
            }
            return result;
        }
    }

    /** Runs {@code step} until it yields false; a future result continues when it completes. */
    @TruffleBoundary
    static void loop(DartFuture done, java.util.function.Supplier<Object> step, boolean keepGoing) {
        boolean going = keepGoing;
        while (going) {
            Object result;
            try {
                result = step.get();
            } catch (DartException e) {
                done.completeErrorAsync(e);
                return;
            }
            if (result instanceof DartFuture f) {
                f.addListener(d -> {
                    if (d.isError()) {
                        done.completeError(d.error());
                    } else {
                        loop(done, step, d.value() == Boolean.TRUE);
                    }
                });
                return;
            }
            going = result == Boolean.TRUE;
        }
        done.complete(DartNull.INSTANCE);
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "doWhile", kind = DartBuiltin.Kind.STATIC, required = 1)
    public abstract static class DoWhileNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture doWhile(DartFunction action) {
            DartFuture done = DartAsyncSupport.newFuture(DartContext.get(this));
            loop(done, () -> DartCalls.call(action), true);
            return done;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Future", name = "forEach", kind = DartBuiltin.Kind.STATIC, required = 2)
    public abstract static class ForEachNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture forEach(Object elements, DartFunction action) {
            DartFuture done = DartAsyncSupport.newFuture(DartContext.get(this));
            DartIterator iterator = DartIterables.iterator(elements);
            loop(done, () -> {
                if (!iterator.moveNext()) {
                    return false;
                }
                Object result = DartCalls.call(action, iterator.current());
                if (result instanceof DartFuture f) {
                    DartFuture next = DartAsyncSupport.newFuture(DartContext.get(null));
                    f.addListener(d -> {
                        if (d.isError()) {
                            next.completeError(d.error());
                        } else {
                            next.complete(true);
                        }
                    });
                    return next;
                }
                return true;
            }, true);
            return done;
        }
    }

    /** {@code Future.sync(computation)}: runs it now; a value completes the future in a later microtask. */
    @DartBuiltin(library = "dart:async", owner = "Future", name = "sync", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class SyncNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture sync(DartFunction computation) {
            Object result;
            DartFuture f = DartAsyncSupport.newFuture(DartContext.get(this));
            try {
                result = DartCalls.call(computation);
            } catch (DartException e) {
                f.completeErrorAsync(e);
                return f;
            }
            if (result instanceof DartFuture future) {
                return future;
            }
            f.completeAsync(result);
            return f;
        }
    }
}
