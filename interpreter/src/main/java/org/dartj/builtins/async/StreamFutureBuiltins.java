package org.dartj.builtins.async;

import java.util.List;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.DartSet;
import org.dartj.builtins.core.DartToString;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * Stream methods that return a future of the stream's events (last, single, join, reduce,
 * contains, any, every, firstWhere/lastWhere/singleWhere, elementAt, toSet, drain). As the VM,
 * a result known early cancels the subscription, and a throwing callback completes the future
 * with its error.
 */
public final class StreamFutureBuiltins {
    private StreamFutureBuiltins() {
    }

    static Object last(List<Object> values) {
        return values.get(values.size() - 1);
    }

    static Object orElseOrNoElement(Object orElse, Node node) {
        DartFunction f = StreamBuiltins.fn(orElse);
        if (f != null) {
            return DartCalls.call(f);
        }
        throw DartErrors.stateError("No element", node);
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "last", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LastNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture last(Object self) {
            Node node = this;
            return StreamBuiltins.collect(this, self, null, values -> {
                if (values.isEmpty()) {
                    throw DartErrors.stateError("No element", node);
                }
                return StreamFutureBuiltins.last(values);
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "single", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SingleNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture single(Object self) {
            Node node = this;
            return StreamBuiltins.collect(this, self, (values, result) -> {
                if (values.size() > 1) {
                    result.completeError(DartErrors.stateError("Too many elements", node));
                    return true;
                }
                return false;
            }, values -> {
                if (values.isEmpty()) {
                    throw DartErrors.stateError("No element", node);
                }
                return values.get(0);
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "join", optional = 1)
    public abstract static class JoinNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture join(Object self, Object separator) {
            String sep = separator == null || separator == DartNull.INSTANCE ? "" : DartToString.toDisplayString(separator);
            StringBuilder sb = new StringBuilder();
            boolean[] first = {true};
            return StreamBuiltins.collect(this, self, (values, result) -> {
                if (!first[0]) {
                    sb.append(sep);
                }
                first[0] = false;
                sb.append(DartToString.toDisplayString(values.remove(values.size() - 1)));
                return false;
            }, values -> DartToStringNode.toTruffleString(sb.toString()));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "reduce", required = 1)
    public abstract static class ReduceNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture reduce(Object self, DartFunction combine) {
            Node node = this;
            Object[] acc = {null};
            return StreamBuiltins.collect(this, self, (values, result) -> {
                acc[0] = values.size() == 1 ? values.get(0) : DartCalls.call(combine, acc[0], values.get(1));
                if (values.size() > 1) {
                    values.remove(1);
                }
                return false;
            }, values -> {
                if (values.isEmpty()) {
                    throw DartErrors.stateError("No element", node);
                }
                return acc[0];
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "contains", required = 1)
    public abstract static class ContainsNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture contains(Object self, Object needle) {
            return StreamBuiltins.collect(this, self, (values, result) -> {
                if (DartEqualNode.dartEquals(values.remove(values.size() - 1), needle)) {
                    result.complete(true);
                    return true;
                }
                return false;
            }, values -> false);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "any", required = 1)
    public abstract static class AnyNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture any(Object self, DartFunction test) {
            return StreamBuiltins.collect(this, self, (values, result) -> {
                if (DartCalls.call(test, values.remove(values.size() - 1)) == Boolean.TRUE) {
                    result.complete(true);
                    return true;
                }
                return false;
            }, values -> false);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "every", required = 1)
    public abstract static class EveryNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture every(Object self, DartFunction test) {
            return StreamBuiltins.collect(this, self, (values, result) -> {
                if (DartCalls.call(test, values.remove(values.size() - 1)) != Boolean.TRUE) {
                    result.complete(false);
                    return true;
                }
                return false;
            }, values -> true);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "firstWhere", required = 1, named = {"orElse"})
    public abstract static class FirstWhereNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture firstWhere(Object self, DartFunction test, Object orElse) {
            Node node = this;
            return StreamBuiltins.collect(this, self, (values, result) -> {
                Object v = values.remove(values.size() - 1);
                if (DartCalls.call(test, v) == Boolean.TRUE) {
                    result.complete(v);
                    return true;
                }
                return false;
            }, values -> orElseOrNoElement(orElse, node));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "lastWhere", required = 1, named = {"orElse"})
    public abstract static class LastWhereNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture lastWhere(Object self, DartFunction test, Object orElse) {
            Node node = this;
            return StreamBuiltins.collect(this, self, (values, result) -> {
                Object v = values.remove(values.size() - 1);
                if (DartCalls.call(test, v) == Boolean.TRUE) {
                    values.clear();
                    values.add(v);
                }
                return false;
            }, values -> values.isEmpty() ? orElseOrNoElement(orElse, node) : values.get(0));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "singleWhere", required = 1, named = {"orElse"})
    public abstract static class SingleWhereNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture singleWhere(Object self, DartFunction test, Object orElse) {
            Node node = this;
            Object[] match = {null};
            boolean[] found = {false};
            return StreamBuiltins.collect(this, self, (values, result) -> {
                Object v = values.remove(values.size() - 1);
                if (DartCalls.call(test, v) == Boolean.TRUE) {
                    if (found[0]) {
                        result.completeError(DartErrors.stateError("Too many elements", node));
                        return true;
                    }
                    found[0] = true;
                    match[0] = v;
                }
                return false;
            }, values -> found[0] ? match[0] : orElseOrNoElement(orElse, node));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "elementAt", required = 1)
    public abstract static class ElementAtNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture elementAt(Object self, long index) {
            DartErrors.checkNotNegative(index, "index", this);
            Node node = this;
            long[] seen = {0};
            return StreamBuiltins.collect(this, self, (values, result) -> {
                Object v = values.remove(values.size() - 1);
                if (seen[0]++ == index) {
                    result.complete(v);
                    return true;
                }
                return false;
            }, values -> {
                throw DartErrors.indexOutOfRange(index, seen[0], node);
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "toSet")
    public abstract static class ToSetNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture toSet(Object self) {
            DartSet set = new DartSet(null);
            return StreamBuiltins.collect(this, self, (values, result) -> {
                set.add(values.remove(values.size() - 1));
                return false;
            }, values -> set);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "drain", optional = 1)
    public abstract static class DrainNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture drain(Object self, Object value) {
            Object completion = value == null ? DartNull.INSTANCE : value;
            return StreamBuiltins.collect(this, self, (values, result) -> {
                values.clear();
                return false;
            }, values -> completion);
        }
    }

    /**
     * {@code pipe(consumer)}: {@code consumer.addStream(this)}, then {@code consumer.close()};
     * the result is what close's future gives. The consumer may be any StreamConsumer, a
     * builtin controller or a Dart class.
     */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "pipe", required = 1)
    public abstract static class PipeNode extends DartBuiltinNode {
        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        protected DartFuture pipe(Object self, Object consumer) {
            Node node = this;
            DartFuture result = DartAsyncSupport.newFuture(org.dartj.DartContext.get(this));
            Object added = DartCalls.call((DartFunction) org.dartj.nodes.call.DartPropertyReader.read(consumer, "addStream", node), self);
            FutureCombinatorBuiltins.asFuture(added, node).addListener(done -> {
                if (done.isError()) {
                    result.completeError(done.error());
                    return;
                }
                Object closed;
                try {
                    closed = DartCalls.call((DartFunction) org.dartj.nodes.call.DartPropertyReader.read(consumer, "close", node));
                } catch (org.dartj.runtime.DartException e) {
                    result.completeError(e);
                    return;
                }
                FutureCombinatorBuiltins.asFuture(closed, node).addListener(c -> {
                    if (c.isError()) {
                        result.completeError(c.error());
                    } else {
                        result.complete(c.value());
                    }
                });
            });
            return result;
        }
    }
}
