package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.core.DartIterables;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartStackTraceObject;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartRecord;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * Waiting for futures in parallel (sdk/lib/async/future_extensions.dart): the {@code wait}
 * getter on an iterable or a record of futures, {@code ParallelWaitError} when some fail, and
 * the {@code AsyncError}s (see {@link AsyncErrorBuiltins}) that hold each failure.
 */
public final class ParallelWaitBuiltins {
    private ParallelWaitBuiltins() {
    }

    /** What to build once every future has completed: the values, or the error of the failures. */
    private interface Finish {
        void accept(Object[] values, AsyncErrorBuiltins.DartAsyncError[] errors, int errorCount);
    }

    /** Listens to every future; when the last completes, {@code finish} gets the results in order. */
    @TruffleBoundary
    private static void waitAll(Object[] futures, Node node, Finish finish) {
        Object[] values = new Object[futures.length];
        AsyncErrorBuiltins.DartAsyncError[] errors = new AsyncErrorBuiltins.DartAsyncError[futures.length];
        int[] ready = new int[2];
        DartCoreClasses classes = DartLanguage.get(node).coreClasses();
        for (int i = 0; i < futures.length; i++) {
            int position = i;
            FutureCombinatorBuiltins.asFuture(futures[i], node).addListener(done -> {
                if (done.isError()) {
                    DartException e = done.error();
                    TruffleStackTrace.fillIn(e);
                    errors[position] = new AsyncErrorBuiltins.DartAsyncError(classes.byName("AsyncError"), e.getValue(), DartStackTraceObject.of(classes.stackTraceImplClass, e));
                    ready[1]++;
                } else {
                    values[position] = done.value();
                }
                if (++ready[0] == futures.length) {
                    finish.accept(values, errors, ready[1]);
                }
            });
        }
    }

    private static Object orNull(Object value) {
        return value == null ? DartNull.INSTANCE : value;
    }

    private static Object[] orNull(Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = orNull(values[i]);
        }
        return result;
    }

    private static AsyncErrorBuiltins.DartAsyncError first(AsyncErrorBuiltins.DartAsyncError[] errors) {
        for (AsyncErrorBuiltins.DartAsyncError e : errors) {
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static DartException parallelWaitError(Object values, Object errors, int errorCount, AsyncErrorBuiltins.DartAsyncError first, Node node) {
        DartParallelWaitError error = new DartParallelWaitError(DartLanguage.get(node).coreClasses().byName("ParallelWaitError"), values, errors, (long) errorCount, first);
        return new DartException(error, node);
    }

    /** {@code futures.wait}: the values in order, or a ParallelWaitError with lists of values and errors. */
    @DartBuiltin(library = "dart:async", owner = "Iterable", name = "wait", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IterableWaitNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture await(Object self) {
            Object[] futures = DartIterables.toArray(self);
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            if (futures.length == 0) {
                result.complete(new DartList(new Object[4], 0, true, null));
                return result;
            }
            Node node = this;
            waitAll(futures, node, (values, errors, errorCount) -> {
                if (errorCount == 0) {
                    result.complete(new DartList(values, values.length, true, null));
                } else {
                    Object[] errorValues = orNull(errors);
                    result.completeError(parallelWaitError(new DartList(orNull(values), values.length, true, null),
                                    new DartList(errorValues, errorValues.length, true, null), errorCount, first(errors), node));
                }
            });
            return result;
        }
    }

    /** {@code (f1, f2, ...).wait}: a record of the values, or a ParallelWaitError with records of values and errors. */
    @DartBuiltin(library = "dart:async", owner = "Record", name = "wait", kind = DartBuiltin.Kind.GETTER)
    public abstract static class RecordWaitNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture await(DartRecord self) {
            int positional = self.positionalCount();
            int named = self.names().length;
            Object[] futures = new Object[positional + named];
            for (int i = 0; i < positional; i++) {
                futures[i] = self.positional(i);
            }
            for (int i = 0; i < named; i++) {
                futures[positional + i] = self.named(i);
            }
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            Node node = this;
            waitAll(futures, node, (values, errors, errorCount) -> {
                if (errorCount == 0) {
                    result.complete(shaped(self, values));
                } else {
                    result.completeError(parallelWaitError(shaped(self, orNull(values)), shaped(self, orNull(errors)), errorCount, first(errors), node));
                }
            });
            return result;
        }

        private static DartRecord shaped(DartRecord shape, Object[] all) {
            int positional = shape.positionalCount();
            Object[] p = java.util.Arrays.copyOfRange(all, 0, positional);
            Object[] n = java.util.Arrays.copyOfRange(all, positional, all.length);
            return shape.withValues(p, n);
        }
    }

    /** {@code ParallelWaitError(values, errors, {errorCount, defaultError})}. */
    @DartBuiltin(library = "dart:async", owner = "ParallelWaitError", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2, named = {"errorCount", "defaultError"})
    public abstract static class NewParallelWaitErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object create(Object values, Object errors, Object errorCount, Object defaultError) {
            return new DartParallelWaitError(DartLanguage.get(this).coreClasses().byName("ParallelWaitError"), values, errors, errorCount instanceof Long l ? l : null,
                            defaultError instanceof AsyncErrorBuiltins.DartAsyncError e ? e : null);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ParallelWaitError", name = "values", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ValuesNode extends DartBuiltinNode {
        @Specialization
        protected Object values(DartParallelWaitError self) {
            return self.values();
        }
    }

    @DartBuiltin(library = "dart:async", owner = "ParallelWaitError", name = "errors", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ErrorsNode extends DartBuiltinNode {
        @Specialization
        protected Object errors(DartParallelWaitError self) {
            return self.errors();
        }
    }
}
