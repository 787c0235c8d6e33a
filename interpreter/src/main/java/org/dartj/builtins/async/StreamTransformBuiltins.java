package org.dartj.builtins.async;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartDuration;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartToString;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.classes.DartErrorObject;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.call.DartJavaFunctionRootNode;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.nodes.expression.DartTypeTestNode;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;
import org.dartj.runtime.isolate.DartTimer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * Stream methods that return a stream (map, where, take, skip, expand, asyncMap, handleError,
 * cast, asBroadcastStream, ...). As the VM's forwarding streams, a derived stream listens to its
 * source when it is listened to, forwards events synchronously, and cancels, pauses and resumes
 * the source with its own subscription; an error thrown by a callback becomes an error event.
 */
public final class StreamTransformBuiltins {
    private StreamTransformBuiltins() {
    }

    /** A derived stream's output controller and its subscription to the source. */
    static final class Derived {
        final DartStreams.Controller out;
        final Node node;
        Object source;
        boolean finished;

        Derived(DartStreams.Controller out, Node node) {
            this.out = out;
            this.node = node;
        }

        void add(Object value) {
            if (!finished && !out.closed) {
                out.add(value, node);
            }
        }

        void addError(Object error) {
            if (!finished && !out.closed) {
                out.addError(error, node);
            }
        }

        /** Ends the output early (take, takeWhile): the source is cancelled first. */
        void close() {
            if (!finished) {
                cancelSource();
                finished = true;
                out.close();
            }
        }

        void cancelSource() {
            if (source != null) {
                Object s = source;
                source = null;
                StreamBuiltins.cancelSubscription(s, node);
            }
        }

        void pauseSource() {
            if (source != null) {
                callSubscription(source, "pause", node);
            }
        }

        void resumeSource() {
            if (source != null) {
                callSubscription(source, "resume", node);
            }
        }
    }

    @TruffleBoundary
    static void callSubscription(Object subscription, String method, Node node) {
        if (subscription instanceof DartStreams.Subscription s) {
            if (method.equals("pause")) {
                s.pause();
            } else {
                s.resume();
            }
            return;
        }
        DartFunction f = StreamBuiltins.classes(node).classOf(subscription).lookupMethod(method);
        if (f != null) {
            f.callTarget.call(subscription);
        }
    }

    /** What a derived stream does with a source event. */
    interface OnData {
        void accept(Derived d, Object value);
    }

    /** What a derived stream does with a source error (null: forward it). */
    interface OnError {
        void accept(Derived d, DartException error);
    }

    /** A derived stream of {@code source}. */
    @TruffleBoundary
    static DartStreams.Stream derive(Node node, Object source, boolean broadcast, OnData onData, OnError onError, java.util.function.Consumer<Derived> onListen) {
        return derive(node, source, broadcast, onData, onError, onListen, null);
    }

    /** A derived stream whose source's done event goes to {@code onDone} (null: close the output). */
    @TruffleBoundary
    static DartStreams.Stream derive(Node node, Object source, boolean broadcast, OnData onData, OnError onError, java.util.function.Consumer<Derived> onListen,
                    java.util.function.Consumer<Derived> onDone) {
        var c = StreamBuiltins.classes(node);
        Derived[] d = new Derived[1];
        DartLanguage language = DartLanguage.get(node);
        DartFunction listen = DartJavaFunctionRootNode.create(language, "onListen", a -> {
            if (d[0].source != null || d[0].finished) {
                return DartNull.INSTANCE;
            }
            if (onListen != null) {
                onListen.accept(d[0]);
                if (d[0].finished) {
                    return DartNull.INSTANCE;
                }
            }
            d[0].source = StreamBuiltins.listenAny(source, v -> {
                try {
                    onData.accept(d[0], v);
                } catch (DartException e) {
                    d[0].addError(e.getValue());
                }
            }, e -> {
                if (onError == null) {
                    d[0].addError(e.getValue());
                } else {
                    try {
                        onError.accept(d[0], e);
                    } catch (DartException thrown) {
                        d[0].addError(thrown.getValue());
                    }
                }
            }, () -> {
                d[0].source = null;
                if (onDone != null) {
                    try {
                        onDone.accept(d[0]);
                    } catch (DartException thrown) {
                        d[0].addError(thrown.getValue());
                    }
                } else if (!d[0].finished && !d[0].out.closed) {
                    d[0].finished = true;
                    d[0].out.close();
                }
            }, false, node);
            return DartNull.INSTANCE;
        });
        DartStreams.Controller out = new DartStreams.Controller(c.byName("StreamController"), c.byName("_ControllerStream"), DartContext.get(node), true, broadcast, listen, null);
        d[0] = new Derived(out, node);
        out.cancelHook = () -> d[0].cancelSource();
        out.pauseHook = () -> d[0].pauseSource();
        out.resumeHook = () -> d[0].resumeSource();
        return out.stream;
    }

    static DartStreams.Stream derive(Node node, Object source, OnData onData) {
        return derive(node, source, isBroadcast(source), onData, null, null);
    }

    /** As the VM: a derived stream is broadcast when its source is. */
    static boolean isBroadcast(Object source) {
        return source instanceof DartStreams.Stream s && s.controller.broadcast;
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "map", required = 1)
    public abstract static class MapNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream map(Object self, DartFunction f) {
            return derive(this, self, (d, v) -> d.add(DartCalls.call(f, v)));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "where", required = 1)
    public abstract static class WhereNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream where(Object self, DartFunction test) {
            return derive(this, self, (d, v) -> {
                if (DartCalls.call(test, v) == Boolean.TRUE) {
                    d.add(v);
                }
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "take", required = 1)
    public abstract static class TakeNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream take(Object self, long count) {
            long[] left = {count};
            return derive(this, self, isBroadcast(self), (d, v) -> {
                if (left[0] > 0) {
                    d.add(v);
                    if (--left[0] == 0) {
                        d.close();
                    }
                }
            }, null, d -> {
                if (left[0] <= 0) {
                    d.close();
                }
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "skip", required = 1)
    public abstract static class SkipNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream skip(Object self, long count) {
            DartErrors.checkNotNegative(count, "count", this);
            long[] left = {count};
            return derive(this, self, (d, v) -> {
                if (left[0] > 0) {
                    left[0]--;
                } else {
                    d.add(v);
                }
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "takeWhile", required = 1)
    public abstract static class TakeWhileNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream takeWhile(Object self, DartFunction test) {
            return derive(this, self, (d, v) -> {
                boolean keep;
                try {
                    keep = DartCalls.call(test, v) == Boolean.TRUE;
                } catch (DartException e) {
                    d.addError(e.getValue());
                    d.close();
                    return;
                }
                if (keep) {
                    d.add(v);
                } else {
                    d.close();
                }
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "skipWhile", required = 1)
    public abstract static class SkipWhileNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream skipWhile(Object self, DartFunction test) {
            boolean[] passing = {false};
            return derive(this, self, (d, v) -> {
                if (!passing[0]) {
                    try {
                        passing[0] = DartCalls.call(test, v) != Boolean.TRUE;
                    } catch (DartException e) {
                        passing[0] = true;
                        d.addError(e.getValue());
                        return;
                    }
                }
                if (passing[0]) {
                    d.add(v);
                }
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "distinct", optional = 1)
    public abstract static class DistinctNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream distinct(Object self, Object equals) {
            DartFunction eq = StreamBuiltins.fn(equals);
            Object[] previous = {null};
            boolean[] seen = {false};
            return derive(this, self, (d, v) -> {
                if (seen[0]) {
                    boolean same = eq == null ? DartEqualNode.dartEquals(previous[0], v) : DartCalls.call(eq, previous[0], v) == Boolean.TRUE;
                    if (same) {
                        return;
                    }
                }
                seen[0] = true;
                previous[0] = v;
                d.add(v);
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "expand", required = 1)
    public abstract static class ExpandNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream expand(Object self, DartFunction convert) {
            return derive(this, self, (d, v) -> {
                for (Object e : DartIterables.toArray(DartCalls.call(convert, v))) {
                    d.add(e);
                }
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "asyncMap", required = 1)
    public abstract static class AsyncMapNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream asyncMap(Object self, DartFunction convert) {
            return derive(this, self, (d, v) -> {
                Object r = DartCalls.call(convert, v);
                if (r instanceof DartFuture f) {
                    d.pauseSource();
                    f.addListener(done -> {
                        if (done.isError()) {
                            d.addError(done.error().getValue());
                        } else {
                            d.add(done.value());
                        }
                        d.resumeSource();
                    });
                } else {
                    d.add(r);
                }
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "asyncExpand", required = 1)
    public abstract static class AsyncExpandNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream asyncExpand(Object self, DartFunction convert) {
            Node node = this;
            return derive(this, self, (d, v) -> {
                Object inner = DartCalls.call(convert, v);
                if (inner == DartNull.INSTANCE) {
                    return;
                }
                d.pauseSource();
                StreamBuiltins.listenAny(inner, d::add, e -> d.addError(e.getValue()), d::resumeSource, false, node);
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "handleError", required = 1, named = {"test"})
    public abstract static class HandleErrorNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream handleError(Object self, DartFunction onError, Object test) {
            DartFunction t = StreamBuiltins.fn(test);
            return derive(this, self, isBroadcast(self), Derived::add, (d, e) -> {
                if (t == null || DartCalls.call(t, e.getValue()) == Boolean.TRUE) {
                    DartCalls.callErrorHandler(onError, e);
                } else {
                    d.addError(e.getValue());
                }
            }, null);
        }
    }

    /** {@code cast<R>()}: the translator passes R as the (hidden) argument. */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "cast", optional = 1)
    public abstract static class CastNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream cast(Object self, Object type) {
            return castStream(this, self, type);
        }
    }

    /** A view of {@code source} whose events are checked against {@code type} (none for a top type or none given). */
    static DartStreams.Stream castStream(Node node, Object source, Object type) {
        if (!(type instanceof org.dartj.types.DartTypeTest t) || t.isTop()) {
            return derive(node, source, Derived::add);
        }
        return derive(node, source, (d, v) -> {
            if (!t.matches(v)) {
                throw DartErrors.typeCastError(StreamBuiltins.classes(node).classOf(v).getName(), t.text(), node);
            }
            d.add(v);
        });
    }

    /**
     * {@code Stream.castFrom<S, T>(source)}: the SDK's CastStream over {@code source}, each
     * event checked to be a T (the translator passes S and T as hidden arguments).
     */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "castFrom", kind = DartBuiltin.Kind.STATIC, required = 1, optional = 2)
    public abstract static class CastFromNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream castFrom(Object source, @SuppressWarnings("unused") Object sourceType, Object targetType) {
            return castStream(this, source, targetType);
        }
    }

    /**
     * {@code timeout(limit, {onTimeout})}: a one-shot timer restarted by every event; when it
     * fires, onTimeout gets the output as its sink, or a TimeoutException "No stream event" is
     * added (the stream goes on).
     */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "timeout", required = 1, named = {"onTimeout"})
    public abstract static class TimeoutNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream timeout(Object self, DartDuration limit, Object onTimeout) {
            DartContext context = DartContext.get(this);
            DartFunction handler = StreamBuiltins.fn(onTimeout);
            Node node = this;
            long millis = Math.floorDiv(limit.micros, 1000);
            DartTimer[] timer = new DartTimer[1];
            Derived[] sink = new Derived[1];
            Runnable fire = () -> {
                if (handler != null) {
                    DartCalls.call(handler, sink[0].out);
                } else {
                    var classes = StreamBuiltins.classes(node);
                    String text = "TimeoutException after " + DartToString.toDisplayString(limit) + ": No stream event";
                    sink[0].addError(new FutureBuiltins.DartTimeoutException(classes.byName("TimeoutException"), DartToStringNode.toTruffleString("No stream event"), text, limit));
                }
            };
            Runnable restart = () -> {
                if (timer[0] != null) {
                    timer[0].cancel();
                }
                timer[0] = context.getLoop().addTimer(millis, false, fire);
            };
            Runnable stop = () -> {
                if (timer[0] != null) {
                    timer[0].cancel();
                }
            };
            DartStreams.Stream out = derive(this, self, isBroadcast(self), (d, v) -> {
                restart.run();
                d.add(v);
            }, (d, e) -> {
                restart.run();
                d.addError(e.getValue());
            }, d -> {
                sink[0] = d;
                restart.run();
            }, d -> {
                stop.run();
                d.out.close();
            });
            DartStreams.Controller controller = out.controller;
            Runnable cancelSource = controller.cancelHook;
            Runnable pauseSource = controller.pauseHook;
            Runnable resumeSource = controller.resumeHook;
            controller.cancelHook = () -> {
                stop.run();
                cancelSource.run();
            };
            controller.pauseHook = () -> {
                stop.run();
                pauseSource.run();
            };
            controller.resumeHook = () -> {
                resumeSource.run();
                restart.run();
            };
            return out;
        }
    }

    /** {@code asBroadcastStream()}: listens to the source once, on the first listener, and stays subscribed. */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "asBroadcastStream", named = {"onListen", "onCancel"})
    public abstract static class AsBroadcastStreamNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream asBroadcastStream(Object self, Object onListen, Object onCancel) {
            if (isBroadcast(self)) {
                return (DartStreams.Stream) self;
            }
            DartStreams.Stream out = derive(this, self, true, Derived::add, null, null);
            out.controller.cancelHook = null;
            out.controller.pauseHook = null;
            out.controller.resumeHook = null;
            return out;
        }
    }

    /**
     * {@code Stream.eventTransformed(source, mapSink)}: when listened to, {@code mapSink} gets the
     * output as an EventSink and returns the sink that the source's events, errors and done
     * are put into (a Dart class or a builtin sink).
     */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "eventTransformed", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class EventTransformedNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream eventTransformed(Object source, DartFunction mapSink) {
            Node node = this;
            Object[] sink = new Object[1];
            return derive(this, source, isBroadcast(source),
                            (d, v) -> DartCalls.call(sinkMethod(sink[0], "add", node), v),
                            (d, e) -> DartCalls.callErrorHandler(sinkMethod(sink[0], "addError", node), e),
                            d -> sink[0] = DartCalls.call(mapSink, d.out),
                            d -> DartCalls.call(sinkMethod(sink[0], "close", node)));
        }

        private static DartFunction sinkMethod(Object sink, String name, Node node) {
            return (DartFunction) org.dartj.nodes.call.DartPropertyReader.read(sink, name, node);
        }
    }
}
