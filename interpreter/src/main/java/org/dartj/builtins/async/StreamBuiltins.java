package org.dartj.builtins.async;

import java.util.ArrayList;
import java.util.List;

import org.dartj.DartContext;
import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartDuration;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartIterator;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.classes.DartObject;
import org.dartj.nodes.call.DartCalls;
import org.dartj.nodes.call.DartJavaFunctionRootNode;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNamedArguments;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartFuture;
import org.dartj.runtime.isolate.DartTimer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** StreamController, Stream, StreamSubscription and StreamIterator. */
public final class StreamBuiltins {
    private StreamBuiltins() {
    }

    static DartFunction fn(Object value) {
        return value instanceof DartFunction f ? f : null;
    }

    static DartCoreClasses classes(Node node) {
        return DartLanguage.get(node).coreClasses();
    }

    /**
     * Listens to any stream (a controller's, a ReceivePort, a user-defined Stream) with Java
     * callbacks, through its Dart {@code listen}.
     */
    @TruffleBoundary
    static Object listenAny(Object stream, java.util.function.Consumer<Object> onData, java.util.function.Consumer<DartException> onError, Runnable onDone,
                    boolean cancelOnError, Node location) {
        DartLanguage language = DartLanguage.get(location);
        DartFunction data = DartJavaFunctionRootNode.create(language, "onData", a -> {
            onData.accept(a[0]);
            return DartNull.INSTANCE;
        });
        // Taking the stack trace too, so that a derived stream forwards the error's own trace.
        DartFunction error = DartJavaFunctionRootNode.create(language, "onError", 2, a -> {
            onError.accept(a.length > 1 ? DartZone.exception(a[0], a[1]) : new DartException(a[0], location));
            return DartNull.INSTANCE;
        });
        DartFunction done = DartJavaFunctionRootNode.create(language, "onDone", a -> {
            onDone.run();
            return DartNull.INSTANCE;
        });
        if (stream instanceof DartStreams.Stream s) {
            return s.controller.listen(data, error, done, cancelOnError, classes(location).byName("_ControllerSubscription"), location);
        }
        DartFunction listen = classes(location).classOf(stream).lookupMethod("listen");
        if (listen == null) {
            throw DartErrors.noSuchMethod(stream, "listen", false, location);
        }
        return listen.callTarget.call(stream, data, new DartNamedArguments(new String[]{"onError", "onDone", "cancelOnError"},
                        new Object[]{error, done, cancelOnError}));
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"onListen", "onPause", "onResume",
                    "onCancel", "sync"})
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Controller create(Object onListen, Object onPause, Object onResume, Object onCancel, Object sync) {
            var c = classes(this);
            DartStreams.Controller controller = new DartStreams.Controller(c.byName("StreamController"), c.byName("_ControllerStream"), DartContext.get(this), sync == Boolean.TRUE,
                            false, fn(onListen), fn(onCancel));
            controller.onPause = fn(onPause);
            controller.onResumeFunction = fn(onResume);
            controller.cancelOnDone = true;
            controller.typeArgument = DartAsyncSupport.typeArgument(DartContext.get(this));
            return controller;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "broadcast", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"onListen", "onCancel", "sync"})
    public abstract static class BroadcastNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Controller create(Object onListen, Object onCancel, Object sync) {
            var c = classes(this);
            var controller = new DartStreams.Controller(c.byName("StreamController"), c.byName("_ControllerStream"), DartContext.get(this), sync == Boolean.TRUE, true,
                            fn(onListen), fn(onCancel));
            controller.typeArgument = DartAsyncSupport.typeArgument(DartContext.get(this));
            return controller;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "stream", kind = DartBuiltin.Kind.GETTER)
    public abstract static class StreamNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream stream(DartStreams.Controller self) {
            return self.stream;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "add", required = 1)
    public abstract static class AddNode extends DartBuiltinNode {
        @Specialization
        protected Object add(DartStreams.Controller self, Object value) {
            self.add(value, this);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "addError", required = 1, optional = 1)
    public abstract static class AddErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object addError(DartStreams.Controller self, Object error, Object stack) {
            self.addUserError(error, stack, this);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "close")
    public abstract static class CloseNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture close(DartStreams.Controller self) {
            return self.close();
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "isClosed", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsClosedNode extends DartBuiltinNode {
        @Specialization
        protected boolean isClosed(DartStreams.Controller self) {
            return self.closed;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "hasListener", kind = DartBuiltin.Kind.GETTER)
    public abstract static class HasListenerNode extends DartBuiltinNode {
        @Specialization
        protected boolean hasListener(DartStreams.Controller self) {
            return !self.listeners.isEmpty();
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "done", kind = DartBuiltin.Kind.GETTER)
    public abstract static class DoneNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture done(DartStreams.Controller self) {
            return self.done();
        }
    }

    @DartBuiltin(library = "dart:async", owner = "_ControllerStream", name = "listen", optional = 1, named = {"onError", "onDone", "cancelOnError"})
    public abstract static class ListenNode extends DartBuiltinNode {
        @Specialization
        protected Object listen(DartStreams.Stream self, Object onData, Object onError, Object onDone, Object cancelOnError) {
            return listenWith(this, self, onData, onError, onDone, cancelOnError);
        }
    }

    /** {@code stream.listen(onData, onError:, onDone:, cancelOnError:)} of a runtime-made stream. */
    @TruffleBoundary
    public static Object listenWith(Node node, DartStreams.Stream stream, Object onData, Object onError, Object onDone, Object cancelOnError) {
        DartFunction data = fn(onData) != null ? fn(onData) : DartJavaFunctionRootNode.create(DartLanguage.get(node), "ignore", a -> DartNull.INSTANCE);
        return stream.controller.listen(data, fn(onError), fn(onDone), cancelOnError == Boolean.TRUE, classes(node).byName("_ControllerSubscription"), node);
    }

    @DartBuiltin(library = "dart:async", owner = "_ControllerStream", name = "isBroadcast", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsBroadcastNode extends DartBuiltinNode {
        @Specialization
        protected boolean isBroadcast(DartStreams.Stream self) {
            return self.controller.broadcast;
        }
    }

    /** {@code Stream.isBroadcast}: false unless a subclass says otherwise (ReceivePort, user streams). */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "isBroadcast", kind = DartBuiltin.Kind.GETTER)
    public abstract static class StreamIsBroadcastNode extends DartBuiltinNode {
        @Specialization
        protected boolean isBroadcast(@SuppressWarnings("unused") Object self) {
            return false;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "_ControllerSubscription", name = "cancel")
    public abstract static class CancelNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture cancel(DartStreams.Subscription self) {
            return self.controller.cancel(self.listener);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "_ControllerSubscription", name = "pause", optional = 1)
    public abstract static class PauseNode extends DartBuiltinNode {
        @Specialization
        protected Object pause(DartStreams.Subscription self, Object resumeSignal) {
            self.pause();
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "_ControllerSubscription", name = "resume")
    public abstract static class ResumeNode extends DartBuiltinNode {
        @Specialization
        protected Object resume(DartStreams.Subscription self) {
            self.resume();
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "_ControllerSubscription", name = "isPaused", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsPausedNode extends DartBuiltinNode {
        @Specialization
        protected boolean isPaused(DartStreams.Subscription self) {
            return self.listener.paused > 0;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "_ControllerSubscription", name = "onData", required = 1)
    public abstract static class OnDataNode extends DartBuiltinNode {
        @Specialization
        protected Object onData(DartStreams.Subscription self, Object handler) {
            self.listener.onData = fn(handler);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "_ControllerSubscription", name = "onError", required = 1)
    public abstract static class OnErrorNode extends DartBuiltinNode {
        @Specialization
        protected Object onError(DartStreams.Subscription self, Object handler) {
            self.listener.onError = fn(handler);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "_ControllerSubscription", name = "onDone", required = 1)
    public abstract static class OnDoneNode extends DartBuiltinNode {
        @Specialization
        protected Object onDone(DartStreams.Subscription self, Object handler) {
            self.listener.onDone = fn(handler);
            return DartNull.INSTANCE;
        }
    }

    /** {@code asFuture([value])}: completes with value when the stream is done, or with its first error. */
    @DartBuiltin(library = "dart:async", owner = "_ControllerSubscription", name = "asFuture", optional = 1)
    public abstract static class AsFutureNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture asFuture(DartStreams.Subscription self, Object value) {
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            DartLanguage language = DartLanguage.get(this);
            Object completion = value == null ? DartNull.INSTANCE : value;
            self.listener.onDone = DartJavaFunctionRootNode.create(language, "onDone", a -> {
                result.complete(completion);
                return DartNull.INSTANCE;
            });
            Node node = this;
            self.listener.onError = DartJavaFunctionRootNode.create(language, "onError", a -> {
                self.controller.cancel(self.listener);
                result.completeError(new DartException(a[0], node));
                return DartNull.INSTANCE;
            });
            return result;
        }
    }

    /** A stream of the given events, closed at the end (Stream.fromIterable, value, empty). */
    @TruffleBoundary
    public static DartStreams.Stream streamOf(Node node, Object[] values) {
        DartStreams.Controller controller = internalController(node, false);
        for (Object v : values) {
            controller.add(v, node);
        }
        controller.close();
        return controller.stream;
    }

    /**
     * {@code Stream.fromIterable(elements)}: as the VM's, a multi-subscription stream; each listen
     * iterates {@code elements} anew, one element per microtask, delivered at once, and stops
     * while the subscription is paused or after it is cancelled.
     */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "fromIterable", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromIterableNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream fromIterable(Object elements) {
            var c = classes(this);
            Node node = this;
            DartStreams.Controller template = new DartStreams.Controller(c.byName("StreamController"), c.byName("_ControllerStream"), DartContext.get(this), false, false,
                            null, null);
            template.multiClass = c.byName("MultiStreamController");
            template.multiListen = DartJavaFunctionRootNode.create(DartLanguage.get(this), "onListen", a -> {
                new IterableFeed((DartStreams.Controller) a[0], node).start(elements);
                return DartNull.INSTANCE;
            });
            // T of Iterable<T> elements.
            template.typeArgument = org.dartj.builtins.core.DartIterables.elementTypeOf(elements);
            return template.stream;
        }
    }

    /** One listener's iteration of Stream.fromIterable's elements. */
    static final class IterableFeed {
        private final DartStreams.Controller controller;
        private final Node node;
        private DartIterator iterator;
        private boolean scheduled;

        IterableFeed(DartStreams.Controller controller, Node node) {
            this.controller = controller;
            this.node = node;
        }

        void start(Object elements) {
            try {
                iterator = DartIterables.iterator(elements);
            } catch (DartException e) {
                controller.addError(e.getValue(), node);
                controller.close();
                return;
            }
            controller.onResume = () -> {
                if (!scheduled) {
                    schedule();
                }
            };
            schedule();
        }

        private void schedule() {
            scheduled = true;
            controller.context.getLoop().scheduleMicrotask(this::next);
        }

        private boolean active() {
            return !controller.listeners.isEmpty() && !controller.isPaused();
        }

        private void next() {
            if (!active()) {
                scheduled = false;
                return;
            }
            boolean hasNext;
            try {
                hasNext = iterator.moveNext();
            } catch (DartException e) {
                controller.addNow(new Object[]{"error", e}, node);
                controller.close(true);
                return;
            }
            if (!hasNext) {
                controller.close(true);
                return;
            }
            Object[] event;
            try {
                event = new Object[]{"data", iterator.current()};
            } catch (DartException e) {
                event = new Object[]{"error", e};
            }
            controller.addNow(event, node);
            if (active()) {
                schedule();
            } else {
                scheduled = false;
            }
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "value", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class ValueNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream value(Object value) {
            DartStreams.Stream stream = streamOf(this, new Object[]{value});
            // T is the value's static type, approximated as Future.value does by its run-time type
            // when that has no type arguments.
            var type = DartLanguage.get(this).coreClasses().types.typeOf(value);
            if (value != DartNull.INSTANCE && (!(type instanceof org.dartj.types.DartInterfaceType t) || t.arguments().length == 0)) {
                stream.controller.typeArgument = type;
            }
            return stream;
        }
    }

    /**
     * {@code Stream.empty({broadcast = true})}: by default a broadcast stream, as the VM's: a
     * closed broadcast controller's stream, so every listener gets only "done", in a microtask.
     */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "empty", kind = DartBuiltin.Kind.CONSTRUCTOR, named = {"broadcast"})
    public abstract static class EmptyNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Stream empty(Object broadcast) {
            if (broadcast == Boolean.FALSE) {
                return streamOf(this, new Object[0]);
            }
            DartStreams.Controller controller = runtimeBroadcastController(this, null, null);
            controller.close();
            return controller.stream;
        }
    }

    /** A new stream controller of the kind the VM's Stream constructors use internally. */
    static DartStreams.Controller internalController(Node node, boolean sync) {
        return internalController(node, sync, null, null);
    }

    /** A single-subscription controller made by the runtime (no Dart constructor call). */
    static DartStreams.Controller internalController(Node node, boolean sync, DartFunction onListen, DartFunction onCancel) {
        var c = classes(node);
        return new DartStreams.Controller(c.byName("StreamController"), c.byName("_ControllerStream"), DartContext.get(node), sync, false, onListen, onCancel);
    }

    /**
     * A single-subscription stream of the byte chunks read from {@code in} (stdin): a reader
     * thread starts when the stream is listened to and posts each chunk, then done, as events
     * of this isolate's loop. Until the input ends or the subscription is cancelled, the input
     * holds the isolate open (an external source of its loop), as the VM's stdin does.
     */
    @TruffleBoundary
    public static DartStreams.Stream inputStream(Node node, java.io.InputStream in) {
        DartContext context = DartContext.get(node);
        org.dartj.runtime.isolate.DartEventLoop loop = context.getLoop();
        DartLanguage language = DartLanguage.get(node);
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable release = () -> {
            if (open.compareAndSet(true, false)) {
                loop.closeExternalSource();
            }
        };
        DartStreams.Controller[] controller = new DartStreams.Controller[1];
        DartFunction onListen = DartJavaFunctionRootNode.create(language, "onListen", a -> {
            open.set(true);
            loop.openExternalSource();
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[1 << 16];
                try {
                    for (int n; !cancelled.get() && (n = in.read(buffer)) != -1;) {
                        byte[] chunk = java.util.Arrays.copyOf(buffer, n);
                        loop.post(() -> {
                            if (!cancelled.get()) {
                                controller[0].add(org.dartj.builtins.convert.CodecBuiltins.byteList(chunk), null);
                            }
                        });
                    }
                } catch (java.io.IOException e) {
                    // A failed read ends the input, as end of file does.
                }
                loop.post(() -> {
                    if (!cancelled.get()) {
                        controller[0].close();
                    }
                    release.run();
                });
            }, "dartj-stdin");
            reader.setDaemon(true);
            reader.start();
            return DartNull.INSTANCE;
        });
        DartFunction onCancel = DartJavaFunctionRootNode.create(language, "onCancel", a -> {
            cancelled.set(true);
            release.run();
            return DartNull.INSTANCE;
        });
        controller[0] = internalController(node, false, onListen, onCancel);
        return controller[0].stream;
    }

    /** A stream with one error event, closed after it (Stream.error; failures of runtime-made streams). */
    @TruffleBoundary
    public static DartStreams.Stream errorStream(Node node, Object error) {
        DartStreams.Controller controller = internalController(node, false);
        controller.addError(error, node);
        controller.close();
        return controller.stream;
    }

    /** A synchronous broadcast controller made by the runtime for other libraries (Isolate.errors). */
    public static DartStreams.Controller runtimeBroadcastController(Node node, DartFunction onListen, DartFunction onCancel) {
        var c = classes(node);
        return new DartStreams.Controller(c.byName("StreamController"), c.byName("_ControllerStream"), DartContext.get(node), true, true, onListen, onCancel);
    }

    public static DartStreams.Stream controllerStream(DartStreams.Controller controller) {
        return controller.stream;
    }

    /** Adds an error event to a runtime-made controller. */
    public static void addErrorEvent(DartStreams.Controller controller, Object error, Node location) {
        controller.addError(error, location);
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "error", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 1)
    public abstract static class ErrorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream error(Object error, Object stackTrace) {
            DartStreams.Controller controller = internalController(this, false);
            controller.addUserError(error, stackTrace, this);
            controller.close();
            return controller.stream;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "fromFuture", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromFutureNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream fromFuture(DartFuture future) {
            return StreamBuiltins.fromFuture(this, future);
        }
    }

    /** A stream of the future's value or error, then done (Stream.fromFuture, Future.asStream). */
    @TruffleBoundary
    static DartStreams.Stream fromFuture(Node node, DartFuture future) {
        DartStreams.Controller controller = internalController(node, true);
        future.addListener(f -> {
            if (f.isError()) {
                controller.addError(f.error().getValue(), node);
            } else {
                controller.add(f.value(), node);
            }
            controller.close();
        });
        return controller.stream;
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "fromFutures", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromFuturesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream fromFutures(Object futures) {
            DartStreams.Controller controller = internalController(this, true);
            Node node = this;
            Object[] all = DartIterables.toArray(futures);
            int[] pending = {all.length};
            for (Object o : all) {
                if (!(o instanceof DartFuture future)) {
                    throw DartErrors.typeErrorFor(o, "Future<dynamic>", this);
                }
                future.addListener(f -> {
                    if (!controller.closed) {
                        if (f.isError()) {
                            controller.addError(f.error().getValue(), node);
                        } else {
                            controller.add(f.value(), node);
                        }
                        if (--pending[0] == 0) {
                            controller.close();
                        }
                    }
                });
            }
            if (all.length == 0) {
                DartContext.get(this).getLoop().scheduleMicrotask(controller::close);
            }
            return controller.stream;
        }
    }

    /**
     * {@code Stream.periodic(period, [computation])}: as the VM, a sync controller whose
     * listening starts a periodic timer; cancelling the subscription cancels the timer, pausing
     * skips the ticks until resumed.
     */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "periodic", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 1)
    public abstract static class PeriodicNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream periodic(DartDuration period, Object computation) {
            DartStreams.Controller controller = internalController(this, true);
            DartFunction compute = fn(computation);
            DartContext context = DartContext.get(this);
            Node node = this;
            long millis = Math.max(1, Math.floorDiv(period.micros, 1000));
            DartTimer[] timer = new DartTimer[1];
            long[] count = {0};
            Runnable start = () -> timer[0] = context.getLoop().addTimer(millis, true, () -> {
                if (compute == null) {
                    controller.add(DartNull.INSTANCE, node);
                    return;
                }
                Object event;
                try {
                    event = DartCalls.call(compute, count[0]++);
                } catch (DartException e) {
                    controller.addError(e.getValue(), node);
                    return;
                }
                controller.add(event, node);
            });
            controller.onListen = DartJavaFunctionRootNode.create(DartLanguage.get(this), "onListen", a -> {
                start.run();
                return DartNull.INSTANCE;
            });
            controller.cancelHook = () -> timer[0].cancel();
            controller.pauseHook = () -> timer[0].cancel();
            controller.resumeHook = start;
            return controller.stream;
        }
    }

    /** {@code Stream.multi(onListen, {isBroadcast})}: each listener gets its own MultiStreamController. */
    @DartBuiltin(library = "dart:async", owner = "Stream", name = "multi", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, named = {"isBroadcast"})
    public abstract static class MultiNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartStreams.Stream multi(DartFunction onListen, Object isBroadcast) {
            var c = classes(this);
            DartStreams.Controller template = new DartStreams.Controller(c.byName("StreamController"), c.byName("_ControllerStream"), DartContext.get(this), false,
                            isBroadcast == Boolean.TRUE, null, null);
            template.multiListen = onListen;
            template.multiClass = c.byName("MultiStreamController");
            return template.stream;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "MultiStreamController", name = "addSync", required = 1)
    public abstract static class AddSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object addSync(DartStreams.Controller self, Object value) {
            self.addNow(new Object[]{"data", value}, this);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "MultiStreamController", name = "addErrorSync", required = 1, optional = 1)
    public abstract static class AddErrorSyncNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object addErrorSync(DartStreams.Controller self, Object error, Object stackTrace) {
            // As the SDK: the given trace or StackTrace.empty, not intercepted by the zone.
            Object trace = stackTrace instanceof org.dartj.classes.DartStackTraceObject ? stackTrace
                            : new org.dartj.classes.DartStackTraceObject(classes(this).stringStackTraceClass, "");
            self.addNow(new Object[]{"error", DartZone.exception(error, trace)}, this);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "MultiStreamController", name = "closeSync")
    public abstract static class CloseSyncNode extends DartBuiltinNode {
        @Specialization
        protected Object closeSync(DartStreams.Controller self) {
            self.close(true);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "sink", kind = DartBuiltin.Kind.GETTER)
    public abstract static class SinkNode extends DartBuiltinNode {
        @Specialization
        protected DartStreams.Controller sink(DartStreams.Controller self) {
            return self;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "isPaused", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ControllerIsPausedNode extends DartBuiltinNode {
        @Specialization
        protected boolean isPaused(DartStreams.Controller self) {
            if (self.broadcast) {
                return false;
            }
            return self.listeners.isEmpty() ? !self.listenedOnce : self.isPaused();
        }
    }

    /** {@code addStream(source)}: forwards the source's events; the future completes when it is done. */
    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "addStream", required = 1, named = {"cancelOnError"})
    public abstract static class AddStreamNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture addStream(DartStreams.Controller self, Object source, Object cancelOnError) {
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            Node node = this;
            boolean stopOnError = cancelOnError == Boolean.TRUE;
            Object[] subscription = new Object[1];
            subscription[0] = listenAny(source, v -> self.add(v, node), e -> {
                self.addError(e.getValue(), node);
                if (stopOnError && !result.isCompletingOrComplete()) {
                    result.complete(DartNull.INSTANCE);
                }
            }, () -> {
                if (!result.isCompletingOrComplete()) {
                    result.complete(DartNull.INSTANCE);
                }
            }, stopOnError, this);
            return result;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "onListen", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetOnListenNode extends DartBuiltinNode {
        @Specialization
        protected Object set(DartStreams.Controller self, Object handler) {
            self.onListen = fn(handler);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "onCancel", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetOnCancelNode extends DartBuiltinNode {
        @Specialization
        protected Object set(DartStreams.Controller self, Object handler) {
            self.onCancel = fn(handler);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "onPause", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetOnPauseNode extends DartBuiltinNode {
        @Specialization
        protected Object set(DartStreams.Controller self, Object handler) {
            self.onPause = fn(handler);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamController", name = "onResume", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetOnResumeNode extends DartBuiltinNode {
        @Specialization
        protected Object set(DartStreams.Controller self, Object handler) {
            self.onResumeFunction = fn(handler);
            return DartNull.INSTANCE;
        }
    }

    /**
     * Cancels a subscription made by {@link #listenAny}; returns what cancel returned, null for
     * none (a controller's subscription without an onCancel future: the VM's Future._nullFuture).
     */
    @TruffleBoundary
    static Object cancelSubscription(Object subscription, Node node) {
        if (subscription instanceof DartStreams.Subscription s) {
            return s.controller.cancelFuture(s.listener);
        }
        DartFunction cancel = classes(node).classOf(subscription).lookupMethod("cancel");
        Object result = cancel == null ? null : cancel.callTarget.call(subscription);
        return result == DartNull.INSTANCE ? null : result;
    }

    /** Collects a stream's events: the base of toList, length, first, forEach. */
    @TruffleBoundary
    static DartFuture collect(Node node, Object stream, java.util.function.BiFunction<List<Object>, DartFuture, Boolean> onEvent, java.util.function.Function<List<Object>, Object> atEnd) {
        DartFuture result = DartAsyncSupport.newFuture(DartContext.get(node));
        List<Object> values = new ArrayList<>();
        Object[] subscription = new Object[1];
        subscription[0] = listenAny(stream, v -> {
            if (result.isCompletingOrComplete()) {
                return;
            }
            values.add(v);
            boolean stop;
            try {
                stop = onEvent != null && onEvent.apply(values, result);
            } catch (DartException e) {
                result.completeError(e);
                stop = true;
            }
            if (stop && subscription[0] != null) {
                cancelSubscription(subscription[0], node);
            }
        }, e -> {
            if (!result.isCompletingOrComplete()) {
                result.completeError(e);
            }
        }, () -> {
            if (!result.isCompletingOrComplete()) {
                try {
                    result.complete(atEnd.apply(values));
                } catch (DartException e) {
                    result.completeError(e);
                }
            }
        }, true, node);
        return result;
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "toList")
    public abstract static class ToListNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture toList(Object self) {
            return collect(this, self, null, values -> {
                Object[] a = values.toArray();
                return new DartList(a.length == 0 ? new Object[4] : a, a.length, true, null);
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture length(Object self) {
            return collect(this, self, null, values -> (long) values.size());
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "first", kind = DartBuiltin.Kind.GETTER)
    public abstract static class FirstNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture first(Object self) {
            Node node = this;
            return collect(this, self, (values, result) -> {
                result.complete(values.get(0));
                return true;
            }, values -> {
                throw DartErrors.stateError("No element", node);
            });
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "forEach", required = 1)
    public abstract static class ForEachNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture forEach(Object self, DartFunction action) {
            return collect(this, self, (values, result) -> {
                DartCalls.call(action, values.remove(values.size() - 1));
                return false;
            }, values -> DartNull.INSTANCE);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "fold", required = 2)
    public abstract static class FoldNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture fold(Object self, Object initial, DartFunction combine) {
            Object[] acc = {initial};
            return collect(this, self, (values, result) -> {
                acc[0] = DartCalls.call(combine, acc[0], values.remove(values.size() - 1));
                return false;
            }, values -> acc[0]);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "Stream", name = "isEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEmptyNode extends DartBuiltinNode {
        @Specialization
        protected DartFuture isEmpty(Object self) {
            return collect(this, self, (values, result) -> {
                result.complete(false);
                return true;
            }, values -> true);
        }
    }

    /** The Dart object behind a StreamIterator. */
    public static final class DartStreamIterator implements DartObject {
        final DartClass dartClass;
        final Object stream;
        Object subscription;
        final java.util.ArrayDeque<Object[]> queue = new java.util.ArrayDeque<>();
        DartFuture pending;
        Object current = DartNull.INSTANCE;
        boolean done;

        DartStreamIterator(DartClass dartClass, Object stream) {
            this.dartClass = dartClass;
            this.stream = stream;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        void offer(Object[] event) {
            if (pending != null) {
                DartFuture p = pending;
                pending = null;
                answer(p, event);
            } else {
                queue.add(event);
            }
        }

        void answer(DartFuture future, Object[] event) {
            switch ((String) event[0]) {
                case "data" -> {
                    current = event[1];
                    future.complete(Boolean.TRUE);
                }
                case "error" -> future.completeError((DartException) event[1]);
                default -> {
                    done = true;
                    current = DartNull.INSTANCE;
                    future.complete(Boolean.FALSE);
                }
            }
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamIterator", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class IteratorNewNode extends DartBuiltinNode {
        @Specialization
        protected DartStreamIterator create(Object stream) {
            return new DartStreamIterator(classes(this).byName("StreamIterator"), stream);
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamIterator", name = "moveNext")
    public abstract static class MoveNextNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartFuture moveNext(DartStreamIterator self) {
            DartFuture result = DartAsyncSupport.newFuture(DartContext.get(this));
            if (self.done) {
                result.completeAsync(Boolean.FALSE);
                return result;
            }
            if (self.subscription == null) {
                self.subscription = listenAny(self.stream, v -> self.offer(new Object[]{"data", v}), e -> self.offer(new Object[]{"error", e}),
                                () -> self.offer(new Object[]{"done"}), false, this);
            }
            if (!self.queue.isEmpty()) {
                Object[] event = self.queue.poll();
                DartContext.get(this).getLoop().scheduleMicrotask(() -> self.answer(result, event));
            } else {
                self.pending = result;
            }
            return result;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamIterator", name = "current", kind = DartBuiltin.Kind.GETTER)
    public abstract static class CurrentNode extends DartBuiltinNode {
        @Specialization
        protected Object current(DartStreamIterator self) {
            return self.current;
        }
    }

    @DartBuiltin(library = "dart:async", owner = "StreamIterator", name = "cancel")
    public abstract static class IteratorCancelNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object cancel(DartStreamIterator self) {
            self.done = true;
            Object result = DartNull.INSTANCE;
            if (self.subscription != null) {
                DartFunction cancel = classes(this).classOf(self.subscription).lookupMethod("cancel");
                if (cancel != null) {
                    result = cancel.callTarget.call(self.subscription);
                }
            }
            if (result instanceof DartFuture f) {
                return f;
            }
            DartFuture f = DartAsyncSupport.newFuture(DartContext.get(this));
            f.complete(DartNull.INSTANCE);
            return f;
        }
    }
}
