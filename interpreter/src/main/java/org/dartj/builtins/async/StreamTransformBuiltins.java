package org.dartj.builtins.async;

import java.util.function.Consumer;

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

    /**
     * A derived stream's output controller and its subscription to the source. A forwarding
     * stream makes one per listen (the VM's _ForwardingStreamSubscription), so the state an
     * operation keeps between events lives here, per subscription.
     */
    static final class Derived {
        final DartStreams.Controller out;
        final Node node;
        /** The subscription to the source; after the source's done, {@link #doneSource}. */
        Object source;
        Object doneSource;
        boolean finished;
        /** Extra work when the output is cancelled, before the source is (timeout's timer). */
        Runnable onCancel;
        /** Events left to take or skip (the VM's _StateStreamSubscription state). */
        long count;
        /** skipWhile: the test has failed once, every later event passes. */
        boolean flag;
        /** distinct's previous event (null: none yet); a bound transformer's sink. */
        Object state;

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

        /** Forwards an error event with its stack trace. */
        void addError(DartException error) {
            if (!finished && !out.closed) {
                out.addError(error, node);
            }
        }

        /** Ends the output early (take, takeWhile): its done cancels the source (the output's onCancel). */
        void close() {
            if (!finished) {
                finished = true;
                out.close();
            }
        }

        /**
         * The output's onCancel: cancels the source subscription (also after its done, as the VM
         * does) and returns what that cancel returned (null: nothing to wait for).
         */
        Object cancelSource() {
            Object s = source != null ? source : doneSource;
            source = null;
            doneSource = null;
            return s == null ? null : StreamBuiltins.cancelSubscription(s, node);
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

    /**
     * How a derived stream treats its source: data and error events (a null onError forwards
     * errors), the start of a subscription before the source is listened to (null: nothing),
     * and the source's done (null: close the output).
     */
    record Pipe(OnData onData, OnError onError, Consumer<Derived> onListen, Consumer<Derived> onDone) {
        Pipe(OnData onData) {
            this(onData, null, null, null);
        }
    }

    /**
     * A stream that listens to {@code source} once, when it is first listened to, through one
     * output controller (broadcast when {@code broadcast}): the VM's controller-based
     * asyncMap, asyncExpand, timeout and asBroadcastStream.
     */
    @TruffleBoundary
    static DartStreams.Stream derive(Node node, Object source, boolean broadcast, Pipe pipe) {
        return open(node, source, broadcast, false, pipe).out.stream;
    }

    /**
     * A forwarding stream (the VM's _ForwardingStream, _BoundSinkStream, CastStream): broadcast
     * when its source is, and every listen gets its own {@link Derived}, fresh state and its own
     * subscription to the source; cancelling it cancels only that subscription.
     */
    @TruffleBoundary
    static DartStreams.Stream forward(Node node, Object source, Pipe pipe) {
        var c = StreamBuiltins.classes(node);
        DartStreams.Controller template = new DartStreams.Controller(c.byName("StreamController"), c.byName("_ControllerStream"), DartContext.get(node), true,
                        isBroadcast(source, node), null, null);
        template.forwardListen = () -> open(node, source, false, true, pipe).out;
        return template.stream;
    }

    static DartStreams.Stream forward(Node node, Object source, OnData onData) {
        return forward(node, source, new Pipe(onData));
    }

    /**
     * An output controller whose (first) listen subscribes to {@code source} through {@code pipe}.
     * Its onCancel cancels the source and returns what that returned: a forwarding subscription's
     * done waits only for a real future, a controller-based stream's done (the VM's
     * {@code onCancel = subscription.cancel}, always a future) at least a microtask.
     */
    @TruffleBoundary
    static Derived open(Node node, Object source, boolean broadcast, boolean forwarding, Pipe pipe) {
        var c = StreamBuiltins.classes(node);
        Derived[] d = new Derived[1];
        DartLanguage language = DartLanguage.get(node);
        DartFunction listen = DartJavaFunctionRootNode.create(language, "onListen", a -> {
            if (d[0].source != null || d[0].finished) {
                return DartNull.INSTANCE;
            }
            if (pipe.onListen() != null) {
                pipe.onListen().accept(d[0]);
                if (d[0].finished) {
                    return DartNull.INSTANCE;
                }
            }
            d[0].source = StreamBuiltins.listenAny(source, v -> {
                try {
                    pipe.onData().accept(d[0], v);
                } catch (DartException e) {
                    d[0].addError(e);
                }
            }, e -> {
                if (pipe.onError() == null) {
                    d[0].addError(e);
                } else {
                    try {
                        pipe.onError().accept(d[0], e);
                    } catch (DartException thrown) {
                        d[0].addError(thrown);
                    }
                }
            }, () -> {
                d[0].doneSource = d[0].source;
                d[0].source = null;
                if (pipe.onDone() != null) {
                    try {
                        pipe.onDone().accept(d[0]);
                    } catch (DartException thrown) {
                        d[0].addError(thrown);
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
        // As the VM's forwarding subscriptions and controller-based streams: cancelling the
        // output (or its done) cancels the source; a future that cancel returns delays the done.
        out.onCancel = DartJavaFunctionRootNode.create(language, "onCancel", a -> {
            if (d[0].onCancel != null) {
                d[0].onCancel.run();
            }
            Object cancelled = d[0].cancelSource();
            if (cancelled == null && !forwarding) {
                DartFuture f = DartAsyncSupport.newFuture(DartContext.get(node));
                f.complete(DartNull.INSTANCE);
                return f;
            }
            return cancelled == null ? DartNull.INSTANCE : cancelled;
        });
        out.cancelOnDone = true;
        if (!broadcast) {
            out.pauseHook = () -> d[0].pauseSource();
            out.resumeHook = () -> d[0].resumeSource();
        }
        return d[0];
    }

    /** As the VM: a derived stream is broadcast when its source is ({@code source.isBroadcast}). */
    @TruffleBoundary
    static boolean isBroadcast(Object source, Node node) {
        if (source instanceof DartStreams.Stream s) {
            return s.controller.broadcast;
        }
        return org.dartj.nodes.call.DartPropertyReader.read(source, "isBroadcast", node) == Boolean.TRUE;
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "map", required = 1)
    public abstract static class MapNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream map(Object self, DartFunction f) {
            return forward(this, self, (d, v) -> d.add(DartCalls.call(f, v)));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "where", required = 1)
    public abstract static class WhereNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream where(Object self, DartFunction test) {
            return forward(this, self, (d, v) -> {
                if (DartCalls.call(test, v) == Boolean.TRUE) {
                    d.add(v);
                }
            });
        }
    }

    /**
     * {@code take(count)}: each subscription counts its own events (a negative count takes
     * none and waits for the source's done); with a count of 0 the source is listened to and
     * cancelled at once, and done comes in a microtask (the VM's _DoneStreamSubscription).
     */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "take", required = 1)
    public abstract static class TakeNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream take(Object self, long count) {
            Node node = this;
            return forward(this, self, new Pipe((d, v) -> {
                if (d.count > 0) {
                    d.add(v);
                    if (--d.count == 0) {
                        d.close();
                    }
                }
            }, null, d -> {
                d.count = count;
                if (count == 0) {
                    StreamBuiltins.cancelSubscription(StreamBuiltins.listenAny(self, v -> {
                    }, e -> {
                    }, () -> {
                    }, false, node), node);
                    d.finished = true;
                    d.out.close(false);
                }
            }, null));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "skip", required = 1)
    public abstract static class SkipNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream skip(Object self, long count) {
            DartErrors.checkNotNegative(count, "count", this);
            return forward(this, self, new Pipe((d, v) -> {
                if (d.count > 0) {
                    d.count--;
                } else {
                    d.add(v);
                }
            }, null, d -> d.count = count, null));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "takeWhile", required = 1)
    public abstract static class TakeWhileNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream takeWhile(Object self, DartFunction test) {
            return forward(this, self, (d, v) -> {
                boolean keep;
                try {
                    keep = DartCalls.call(test, v) == Boolean.TRUE;
                } catch (DartException e) {
                    d.addError(e);
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

    /** {@code skipWhile(test)}: per subscription, once the test fails every later event passes. */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "skipWhile", required = 1)
    public abstract static class SkipWhileNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream skipWhile(Object self, DartFunction test) {
            return forward(this, self, (d, v) -> {
                if (!d.flag) {
                    try {
                        d.flag = DartCalls.call(test, v) != Boolean.TRUE;
                    } catch (DartException e) {
                        d.flag = true;
                        d.addError(e);
                        return;
                    }
                }
                if (d.flag) {
                    d.add(v);
                }
            });
        }
    }

    /** {@code distinct([equals])}: each subscription compares with its own previous event. */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "distinct", optional = 1)
    public abstract static class DistinctNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream distinct(Object self, Object equals) {
            DartFunction eq = StreamBuiltins.fn(equals);
            return forward(this, self, (d, v) -> {
                if (d.state != null) {
                    boolean same = eq == null ? DartEqualNode.dartEquals(d.state, v) : DartCalls.call(eq, d.state, v) == Boolean.TRUE;
                    if (same) {
                        return;
                    }
                }
                d.state = v;
                d.add(v);
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "expand", required = 1)
    public abstract static class ExpandNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream expand(Object self, DartFunction convert) {
            return forward(this, self, (d, v) -> {
                for (Object e : DartIterables.toArray(DartCalls.call(convert, v))) {
                    d.add(e);
                }
            });
        }
    }

    /**
     * {@code asyncMap(convert)}: as the VM, a sync controller (broadcast when the source is)
     * that listens to the source once, when its first listener comes; a future result pauses
     * the source until it completes.
     */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "asyncMap", required = 1)
    public abstract static class AsyncMapNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream asyncMap(Object self, DartFunction convert) {
            return derive(this, self, isBroadcast(self, this), new Pipe((d, v) -> {
                Object r = DartCalls.call(convert, v);
                if (r instanceof DartFuture f) {
                    d.pauseSource();
                    f.addListener(done -> {
                        if (done.isError()) {
                            d.addError(done.error());
                        } else {
                            d.add(done.value());
                        }
                        d.resumeSource();
                    });
                } else {
                    d.add(r);
                }
            }));
        }
    }

    /** {@code asyncExpand(convert)}: a controller-based stream as asyncMap; each inner stream is added in turn. */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "asyncExpand", required = 1)
    public abstract static class AsyncExpandNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream asyncExpand(Object self, DartFunction convert) {
            Node node = this;
            return derive(this, self, isBroadcast(self, this), new Pipe((d, v) -> {
                Object inner = DartCalls.call(convert, v);
                if (inner == DartNull.INSTANCE) {
                    return;
                }
                d.pauseSource();
                StreamBuiltins.listenAny(inner, d::add, e -> d.addError(e), d::resumeSource, false, node);
            }));
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "handleError", required = 1, named = {"test"})
    public abstract static class HandleErrorNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream handleError(Object self, DartFunction onError, Object test) {
            DartFunction t = StreamBuiltins.fn(test);
            return forward(this, self, new Pipe(Derived::add, (d, e) -> {
                if (t == null || DartCalls.call(t, e.getValue()) == Boolean.TRUE) {
                    DartCalls.callErrorHandler(onError, e);
                } else {
                    d.addError(e);
                }
            }, null, null));
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
            return forward(node, source, Derived::add);
        }
        return forward(node, source, (d, v) -> {
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
     * {@code timeout(limit, {onTimeout})}: as the VM, a sync controller (broadcast when the
     * source is) whose first listen starts a one-shot timer, restarted by every event; when it
     * fires, onTimeout gets the controller as its sink, or a TimeoutException "No stream event"
     * is added (the stream goes on). The done that {@code sink.close()} causes waits for the
     * source's cancel, so the rest of onTimeout runs first.
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
            boolean broadcast = isBroadcast(self, this);
            DartStreams.Stream out = derive(this, self, broadcast, new Pipe((d, v) -> {
                restart.run();
                d.add(v);
            }, (d, e) -> {
                restart.run();
                d.addError(e);
            }, d -> {
                sink[0] = d;
                d.onCancel = stop;
                restart.run();
            }, d -> {
                stop.run();
                d.out.close();
            }));
            if (!broadcast) {
                DartStreams.Controller controller = out.controller;
                Runnable pauseSource = controller.pauseHook;
                Runnable resumeSource = controller.resumeHook;
                controller.pauseHook = () -> {
                    pauseSource.run();
                    stop.run();
                };
                controller.resumeHook = () -> {
                    resumeSource.run();
                    restart.run();
                };
            }
            return out;
        }
    }

    /** {@code asBroadcastStream()}: listens to the source once, on the first listener, and stays subscribed. */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "asBroadcastStream", named = {"onListen", "onCancel"})
    public abstract static class AsBroadcastStreamNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream asBroadcastStream(Object self, Object onListen, Object onCancel) {
            if (isBroadcast(self, this)) {
                return (DartStreams.Stream) self;
            }
            DartStreams.Stream out = derive(this, self, true, new Pipe(Derived::add));
            out.controller.onCancel = null;
            return out;
        }
    }

    /**
     * {@code Stream.eventTransformed(source, mapSink)}: as the VM's _BoundSinkStream, every
     * listen calls {@code mapSink} with its output as an EventSink, and the source's events,
     * errors and done are put into the sink it returns (a Dart class or a builtin sink).
     */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "eventTransformed", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class EventTransformedNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream eventTransformed(Object source, DartFunction mapSink) {
            Node node = this;
            return forward(this, source, new Pipe(
                            (d, v) -> DartCalls.call(sinkMethod(d.state, "add", node), v),
                            (d, e) -> DartCalls.callErrorHandler(sinkMethod(d.state, "addError", node), e),
                            d -> d.state = DartCalls.call(mapSink, d.out),
                            d -> DartCalls.call(sinkMethod(d.state, "close", node))));
        }

        private static DartFunction sinkMethod(Object sink, String name, Node node) {
            return (DartFunction) org.dartj.nodes.call.DartPropertyReader.read(sink, name, node);
        }
    }
}
