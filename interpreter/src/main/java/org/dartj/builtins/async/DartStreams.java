package org.dartj.builtins.async;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.dartj.DartContext;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.nodes.call.DartCalls;
import org.dartj.runtime.DartException;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.async.DartAsyncZone;
import org.dartj.runtime.async.DartFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Streams: a controller's stream (single-subscription, buffering until listened; or
 * broadcast), subscriptions, and the event delivery order of the Dart VM's asynchronous
 * controllers: each event is delivered in its own later microtask, in order.
 */
public final class DartStreams {
    private DartStreams() {
    }

    private static final int UNSCHEDULED = 0;
    private static final int SCHEDULED = 1;
    private static final int SCHEDULE_CANCELLED = 2;

    /** What a listener gets. */
    public static final class Listener {
        DartFunction onData;
        DartFunction onError;
        DartFunction onDone;
        final boolean cancelOnError;
        boolean cancelled;
        int paused;
        /**
         * Events waiting for delivery, as the VM's _PendingEvents: one microtask delivers one
         * event and, if more wait, schedules the next at the end of the microtask queue (so other
         * microtasks interleave with a controller's events). A sync event queues behind them.
         */
        final ArrayDeque<Object[]> pending = new ArrayDeque<>();
        /** The delivery microtask: {@link #UNSCHEDULED}, {@link #SCHEDULED} or {@link #SCHEDULE_CANCELLED} (paused). */
        int schedule;
        /** Inside one of this listener's callbacks: a sync event then waits its turn, as in the VM. */
        boolean inCallback;
        /** What cancelling returned (onCancel's future; null: none, the VM's Future._nullFuture). */
        DartFuture cancelFuture;
        /** The zone {@code listen} was called in (null: root): the callbacks run there. */
        final DartAsyncZone zone;

        Listener(DartFunction onData, DartFunction onError, DartFunction onDone, boolean cancelOnError) {
            this.onData = onData;
            this.onError = onError;
            this.onDone = onDone;
            this.cancelOnError = cancelOnError;
            this.zone = DartContext.get(null).getLoop().currentZone();
        }

        /** Calls a callback in the listener's zone; there an error goes to the zone's uncaught-error handler. */
        void call(DartContext context, DartFunction f, Object... args) {
            DartAsyncZone current = context.getLoop().currentZone();
            if (zone == current && zone == null) {
                DartCalls.call(f, args);
            } else if (zone != null) {
                ((DartZone) zone).runFunctionGuarded(f, args);
            } else {
                context.getLoop().enterZone(null);
                try {
                    DartCalls.call(f, args);
                } finally {
                    context.getLoop().enterZone(current);
                }
            }
        }

        void callErrorHandler(DartContext context, DartException e) {
            if (zone == null || !DartZone.takesTwo(onError)) {
                call(context, onError, e.getValue());
            } else {
                call(context, onError, e.getValue(), ((DartZone) zone).stackTrace(e));
            }
        }
    }

    /** A StreamController and the stream it feeds. */
    public static final class Controller implements DartObject {
        final DartClass dartClass;
        final DartClass streamClass;
        final DartContext context;
        final boolean sync;
        final boolean broadcast;
        /** The reified event type ({@code T} of {@code StreamController<T>}) when known, else null. */
        Object typeArgument;
        DartFunction onListen;
        DartFunction onCancel;
        DartFunction onPause;
        DartFunction onResumeFunction;
        /** Java-side reactions of a derived stream: cancel, pause and resume its source. */
        Runnable cancelHook;
        Runnable pauseHook;
        Runnable resumeHook;
        /**
         * A forwarding stream (the VM's _ForwardingStream): each listen gets a fresh output
         * controller from this, with its own subscription to the source and its own state.
         */
        java.util.function.Supplier<Controller> forwardListen;
        /** Stream.multi's callback: each listen gets a fresh controller of {@code multiClass}. */
        DartFunction multiListen;
        DartClass multiClass;
        /** Whether a done event also calls onCancel (user controllers, as the VM's _recordCancel). */
        boolean cancelOnDone;
        final List<Listener> listeners = new ArrayList<>();
        /** A sync broadcast controller delivering an event to its listeners now (the VM's _isFiring). */
        boolean firing;
        /** The last listener left while firing: onCancel runs after the loop, as the VM's _forEachListener. */
        boolean cancelAfterFiring;
        /** Events added before the (single) listener came: delivered once it does. */
        final List<Object[]> buffered = new ArrayList<>();
        boolean closed;
        boolean listenedOnce;
        DartFuture doneFuture;
        final Stream stream;
        /** Called when a paused subscription is resumed (the async* body waits for it). */
        Runnable onResume;

        Controller(DartClass dartClass, DartClass streamClass, DartContext context, boolean sync, boolean broadcast, DartFunction onListen, DartFunction onCancel) {
            this.dartClass = dartClass;
            this.streamClass = streamClass;
            this.context = context;
            this.sync = sync;
            this.broadcast = broadcast;
            this.onListen = onListen;
            this.onCancel = onCancel;
            this.stream = new Stream(streamClass, this);
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of '" + (broadcast ? "_AsyncBroadcastStreamController" : sync ? "_SyncStreamController" : "_AsyncStreamController") + "<" + typeName() + ">'";
        }

        String typeName() {
            return typeArgument == null ? "dynamic" : typeArgument.toString();
        }

        @TruffleBoundary
        void add(Object value, Node location) {
            checkOpen(location);
            emit(new Object[]{"data", value}, sync);
        }

        @TruffleBoundary
        void addError(Object error, Node location) {
            checkOpen(location);
            emit(new Object[]{"error", new DartException(error, location)}, sync);
        }

        /** An error event keeping the exception's own stack trace (a derived stream forwarding it). */
        @TruffleBoundary
        void addError(DartException error, Node location) {
            checkOpen(location);
            emit(new Object[]{"error", error}, sync);
        }

        /**
         * {@code StreamController.addError(error, [stackTrace])}: the given trace, else (as for
         * Future.error) the error's default one; a zone's errorCallback may replace both.
         */
        @TruffleBoundary
        void addUserError(Object error, Object stackTrace, Node location) {
            checkOpen(location);
            emit(new Object[]{"error", AsyncErrorBuiltins.userError(org.dartj.DartContext.get(location), error, stackTrace, location)}, sync);
        }

        @TruffleBoundary
        DartFuture close() {
            return close(sync);
        }

        /** MultiStreamController's addSync/addErrorSync: delivered now, whatever the controller's kind. */
        @TruffleBoundary
        void addNow(Object[] event, Node location) {
            checkOpen(location);
            emit(event, true);
        }

        @TruffleBoundary
        DartFuture close(boolean now) {
            if (!closed) {
                closed = true;
                emit(new Object[]{"done"}, now);
            }
            return done();
        }

        DartFuture done() {
            if (doneFuture == null) {
                doneFuture = DartAsyncSupport.newFuture(context);
                // A cancelled single subscription completes it (the VM's _recordCancel), closed or not.
                boolean cancelled = !broadcast && listenedOnce && listeners.isEmpty();
                if (cancelled || closed && listeners.isEmpty() && buffered.isEmpty() && broadcast) {
                    doneFuture.complete(DartNull.INSTANCE);
                }
            }
            return doneFuture;
        }

        private void completeDone() {
            DartFuture f = done();
            if (!f.isCompletingOrComplete()) {
                // As the VM's _recordCancel: completed asynchronously (after onDone).
                f.completeAsync(DartNull.INSTANCE);
            }
        }

        boolean isPaused() {
            return !listeners.isEmpty() && listeners.get(0).paused > 0;
        }

        private void checkOpen(Node location) {
            if (closed) {
                throw org.dartj.builtins.DartErrors.stateError("Cannot add event after closing", location);
            }
        }

        private void emit(Object[] event, boolean now) {
            if (listeners.isEmpty()) {
                if (!broadcast && !listenedOnce) {
                    buffered.add(event);
                } else if ("done".equals(event[0])) {
                    // After the (single) subscription was cancelled events are dropped, as in the VM.
                    completeDone();
                }
                return;
            }
            boolean outer = !firing;
            firing = broadcast && now;
            try {
                for (Listener l : new ArrayList<>(listeners)) {
                    deliver(l, event, now);
                }
            } finally {
                firing = !outer;
            }
            if (outer && cancelAfterFiring) {
                cancelAfterFiring = false;
                callOnCancel();
            }
        }

        /** A broadcast controller's onCancel, when its last listener has left. */
        private void callOnCancel() {
            if (onCancel != null && listeners.isEmpty()) {
                DartCalls.call(onCancel);
            }
        }

        private void deliver(Listener l, Object[] event, boolean now) {
            if (now && l.pending.isEmpty() && l.paused == 0 && !l.inCallback) {
                dispatchGuarded(l, event);
            } else {
                l.pending.add(event);
                if (l.paused == 0) {
                    schedule(l);
                }
            }
        }

        /** As the VM's _PendingEvents.schedule: at most one delivery microtask per listener. */
        void schedule(Listener l) {
            if (l.schedule == SCHEDULED) {
                return;
            }
            if (l.schedule == SCHEDULE_CANCELLED) {
                l.schedule = SCHEDULED;
                return;
            }
            l.schedule = SCHEDULED;
            context.getLoop().scheduleMicrotask(() -> {
                int old = l.schedule;
                l.schedule = UNSCHEDULED;
                if (old == SCHEDULE_CANCELLED || l.cancelled || l.pending.isEmpty()) {
                    return;
                }
                dispatchGuarded(l, l.pending.poll());
            });
        }

        private void dispatchGuarded(Listener l, Object[] event) {
            l.inCallback = true;
            try {
                dispatch(l, event);
            } finally {
                l.inCallback = false;
            }
            if (!l.cancelled && l.paused == 0 && !l.pending.isEmpty()) {
                schedule(l);
            }
        }

        private void dispatch(Listener l, Object[] event) {
            if (l.cancelled) {
                return;
            }
            switch ((String) event[0]) {
                case "data" -> {
                    if (l.onData != null) {
                        l.call(context, l.onData, event[1]);
                    }
                }
                case "error" -> {
                    DartException e = (DartException) event[1];
                    if (l.cancelOnError) {
                        cancel(l);
                    }
                    if (l.onError != null) {
                        if (l.zone == null && context.getLoop().currentZone() == null) {
                            DartCalls.callErrorHandler(l.onError, e);
                        } else {
                            l.callErrorHandler(context, e);
                        }
                    } else if (l.zone != null) {
                        l.zone.handleUncaughtError(e);
                    } else {
                        context.reportUncaught(e);
                    }
                }
                default -> {
                    // As the VM's _sendDone: the subscription is cancelled first (the source's and
                    // the controller's onCancel run), then onDone; a future from onCancel delays it.
                    remove(l);
                    if (cancelHook != null && listeners.isEmpty()) {
                        cancelHook.run();
                    }
                    Object cancelled = null;
                    if (cancelOnDone && !broadcast && onCancel != null) {
                        cancelled = DartCalls.call(onCancel);
                    } else if (broadcast && listeners.isEmpty()) {
                        // As the VM's broadcast _recordCancel: the last listener's done calls
                        // onCancel; a sync controller calls it after the loop over its listeners.
                        if (firing) {
                            cancelAfterFiring = true;
                        } else {
                            callOnCancel();
                        }
                    }
                    if (listeners.isEmpty()) {
                        completeDone();
                    }
                    if (cancelled instanceof DartFuture f) {
                        l.cancelFuture = f;
                    }
                    if (l.onDone != null) {
                        if (cancelled instanceof DartFuture f) {
                            f.addListener(future -> l.call(context, l.onDone));
                        } else {
                            l.call(context, l.onDone);
                        }
                    }
                }
            }
        }

        void remove(Listener l) {
            l.cancelled = true;
            listeners.remove(l);
        }

        @TruffleBoundary
        Subscription listen(DartFunction onData, DartFunction onError, DartFunction onDone, boolean cancelOnError, DartClass subscriptionClass, Node location) {
            if (forwardListen != null) {
                return forwardListen.get().listen(onData, onError, onDone, cancelOnError, subscriptionClass, location);
            }
            if (multiListen != null) {
                Controller fresh = new Controller(multiClass, streamClass, context, false, false, null, null);
                fresh.cancelOnDone = true;
                Subscription subscription = fresh.listen(onData, onError, onDone, cancelOnError, subscriptionClass, location);
                DartCalls.call(multiListen, fresh);
                return subscription;
            }
            if (!broadcast && listenedOnce) {
                throw org.dartj.builtins.DartErrors.stateError("Stream has already been listened to.", location);
            }
            listenedOnce = true;
            Listener l = new Listener(onData, onError, onDone, cancelOnError);
            if (l.zone != null) {
                // As the SDK's subscriptions: the callbacks are registered with the listening zone.
                DartZone zone = (DartZone) l.zone;
                l.onData = registered(zone, onData, 1);
                l.onError = onError == null ? null : registered(zone, onError, DartAsyncSupport.errorArity(onError));
                l.onDone = registered(zone, onDone, 0);
            }
            if (broadcast && closed) {
                // As the SDK's broadcast controllers: a listener after the close gets only
                // "done", in a microtask (a _DoneStreamSubscription).
                context.getLoop().scheduleMicrotask(() -> {
                    if (!l.cancelled) {
                        l.cancelled = true;
                        if (l.onDone != null) {
                            l.call(context, l.onDone);
                        }
                    }
                });
                return new Subscription(subscriptionClass, this, l);
            }
            listeners.add(l);
            // A broadcast controller's onListen runs only for the first of its current listeners.
            if (onListen != null && (!broadcast || listeners.size() == 1)) {
                DartCalls.call(onListen);
            }
            if (!buffered.isEmpty()) {
                List<Object[]> pending = new ArrayList<>(buffered);
                buffered.clear();
                for (Object[] event : pending) {
                    deliver(l, event, false);
                }
            }
            return new Subscription(subscriptionClass, this, l);
        }

        private static DartFunction registered(DartZone zone, DartFunction f, int arity) {
            return f != null && zone.register(f, arity) instanceof DartFunction r ? r : f;
        }

        @TruffleBoundary
        DartFuture cancel(Listener l) {
            DartFuture f = cancelFuture(l);
            if (f == null) {
                f = DartAsyncSupport.newFuture(context);
                f.complete(DartNull.INSTANCE);
            }
            return f;
        }

        /**
         * Cancels a listener; returns onCancel's future, or null when there is none (where the
         * VM returns its Future._nullFuture, so a forwarding stream's done is not delayed).
         */
        @TruffleBoundary
        DartFuture cancelFuture(Listener l) {
            if (l.cancelled) {
                return l.cancelFuture;
            }
            remove(l);
            if (!broadcast && doneFuture != null) {
                completeDone();
            }
            if (cancelHook != null && listeners.isEmpty()) {
                cancelHook.run();
            }
            if (broadcast) {
                // As the VM's broadcast _recordCancel: onCancel when the last listener leaves
                // (after the loop if firing), and its result is not the cancel's future.
                if (firing && listeners.isEmpty()) {
                    cancelAfterFiring = true;
                } else {
                    callOnCancel();
                }
            } else if (onCancel != null && DartCalls.call(onCancel) instanceof DartFuture f) {
                l.cancelFuture = f;
            }
            return l.cancelFuture;
        }
    }

    /** A stream fed by a controller. */
    public static final class Stream implements DartObject {
        final DartClass dartClass;
        final Controller controller;

        Stream(DartClass dartClass, Controller controller) {
            this.dartClass = dartClass;
            this.controller = controller;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        /** The VM's class of this stream: {@code _MultiStream} (Stream.multi, fromIterable), {@code _BroadcastStream}, {@code _ControllerStream}. */
        public String vmClass() {
            return controller.multiListen != null ? "_MultiStream" : controller.broadcast ? "_BroadcastStream" : "_ControllerStream";
        }

        /** The reified event type when known (a {@code DartType}), else null. */
        public Object typeArgument() {
            return controller.typeArgument;
        }

        @Override
        public String toString() {
            return "Instance of '" + vmClass() + "<" + controller.typeName() + ">'";
        }
    }

    /** A StreamSubscription of a controller's stream. */
    public static final class Subscription implements DartObject {
        final DartClass dartClass;
        final Controller controller;
        final Listener listener;

        Subscription(DartClass dartClass, Controller controller, Listener listener) {
            this.dartClass = dartClass;
            this.controller = controller;
            this.listener = listener;
        }

        @Override
        public DartClass dartClass() {
            return dartClass;
        }

        @Override
        public String toString() {
            return "Instance of '_ControllerSubscription<dynamic>'";
        }

        @TruffleBoundary
        void pause() {
            if (listener.paused++ == 0 && !listener.cancelled) {
                if (listener.schedule == SCHEDULED) {
                    listener.schedule = SCHEDULE_CANCELLED;
                }
                if (controller.onPause != null) {
                    DartCalls.call(controller.onPause);
                }
                if (controller.pauseHook != null) {
                    controller.pauseHook.run();
                }
            }
        }

        @TruffleBoundary
        void resume() {
            if (listener.paused > 0 && --listener.paused == 0) {
                if (!listener.cancelled && !listener.pending.isEmpty()) {
                    controller.schedule(listener);
                }
                if (controller.onResume != null) {
                    controller.onResume.run();
                }
                if (!listener.cancelled && controller.onResumeFunction != null) {
                    DartCalls.call(controller.onResumeFunction);
                }
                if (!listener.cancelled && controller.resumeHook != null) {
                    controller.resumeHook.run();
                }
            }
        }
    }
}
