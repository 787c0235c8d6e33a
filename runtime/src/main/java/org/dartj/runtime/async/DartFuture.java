package org.dartj.runtime.async;

import java.util.ArrayList;

import org.dartj.runtime.DartException;
import org.dartj.runtime.isolate.DartEventLoop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Dart {@code Future} of one isolate, with the Dart VM's delivery order: listeners added
 * to a completed future run in a new microtask; completing a future runs its current
 * listeners synchronously; "async" completion ({@code Future.value}, {@code Completer})
 * completes in a microtask. An error completed on a future that nobody listens to is
 * reported to the isolate as uncaught, as in the Dart VM.
 *
 * <p>Zones: a future belongs to the zone current when it was made (its uncaught errors go to
 * that zone) and each listener runs in the zone current when it was added. An error never
 * crosses error zones: a listener in another error zone leaves it uncaught in the future's.
 */
public final class DartFuture {
    /** Called once the future has completed; reads the outcome from the future. */
    public interface Listener {
        void completed(DartFuture future);
    }

    /** Receives errors that complete a future without listeners. */
    public interface UncaughtErrorHandler {
        void uncaught(DartException error);
    }

    private static final int PENDING = 0;
    private static final int PENDING_COMPLETE = 1;
    private static final int VALUE = 2;
    private static final int ERROR = 3;

    private final DartEventLoop loop;
    private final UncaughtErrorHandler uncaught;
    /** The zone this future was made in; null is the root zone. */
    private final DartAsyncZone zone;
    private int state;
    private Object result;
    private ArrayList<Listener> listeners;
    private boolean errorHandled;
    /** The reified type argument ({@code T} of {@code Future<T>}) when known, else null. */
    private Object typeArgument;
    /** The async function that first awaited this future (an interpreter object), or null. */
    private Object awaiter;

    public DartFuture(DartEventLoop loop, UncaughtErrorHandler uncaught) {
        this.loop = loop;
        this.uncaught = uncaught;
        this.zone = loop.currentZone();
    }

    /** The reified type argument (a type object of the interpreter), or null when not known. */
    public Object typeArgument() {
        return typeArgument;
    }

    public DartFuture withTypeArgument(Object type) {
        this.typeArgument = type;
        return this;
    }

    public Object awaiter() {
        return awaiter;
    }

    /** Records the async function awaiting this future (the first one to await it). */
    public void setAwaiter(Object value) {
        if (awaiter == null) {
            awaiter = value;
        }
    }

    /** Object.toString of the VM's future class. */
    @Override
    public String toString() {
        return "Instance of '_Future<" + (typeArgument == null ? "dynamic" : typeArgument) + ">'";
    }

    /** The zone this future belongs to (null: the root zone). */
    public DartAsyncZone zone() {
        return zone;
    }

    public boolean isComplete() {
        return state >= VALUE;
    }

    /** True once completion has started (completed, or completion scheduled or chained). */
    public boolean isCompletingOrComplete() {
        return state != PENDING;
    }

    public boolean isError() {
        return state == ERROR;
    }

    public Object value() {
        return result;
    }

    public DartException error() {
        return (DartException) result;
    }

    public DartEventLoop loop() {
        return loop;
    }

    /** Adds a listener that runs in the current zone. */
    @TruffleBoundary
    public void addListener(Listener listener) {
        addListener(listener, loop.currentZone());
    }

    private void addListener(Listener plain, DartAsyncZone listenerZone) {
        Listener listener = plain;
        if (listenerZone != null || zone != null) {
            listener = new ZonedListener(plain, listenerZone);
        }
        if (state == ERROR) {
            errorHandled = true;
        }
        if (isComplete()) {
            Listener l = listener;
            schedule(() -> l.completed(this));
        } else {
            if (listeners == null) {
                listeners = new ArrayList<>(2);
            }
            listeners.add(listener);
        }
    }

    /** Completes now with {@code value}; a future value is chained (this completes when it does). */
    @TruffleBoundary
    public void complete(Object value) {
        if (value instanceof DartFuture source) {
            state = PENDING_COMPLETE;
            if (source.isComplete()) {
                // As the Dart VM's _chainCoreFuture: a completed source is copied now.
                if (source.isError()) {
                    source.errorHandled = true;
                }
                takeOutcome(source);
            } else {
                source.addListener(this::takeOutcome, zone);
            }
        } else {
            state = VALUE;
            result = value;
            propagate();
        }
    }

    @TruffleBoundary
    public void completeError(DartException error) {
        state = ERROR;
        result = error;
        propagate();
    }

    /** Completes in a later microtask (Future.value, Completer.complete, async returns). */
    @TruffleBoundary
    public void completeAsync(Object value) {
        state = PENDING_COMPLETE;
        if (value instanceof DartFuture source) {
            source.addListener(this::takeOutcome, zone);
        } else {
            schedule(() -> complete(value));
        }
    }

    @TruffleBoundary
    public void completeErrorAsync(DartException error) {
        state = PENDING_COMPLETE;
        schedule(() -> completeError(error));
    }

    /** A microtask of this future's zone (the VM's {@code _zone.scheduleMicrotask}). */
    private void schedule(Runnable task) {
        if (zone == null) {
            loop.enqueueMicrotask(task);
        } else {
            zone.scheduleMicrotask(task);
        }
    }

    /** An error nobody handles: to this future's zone (the root zone: the isolate's handler). */
    private void reportUncaught(DartException error) {
        if (zone != null) {
            zone.handleUncaughtError(error);
        } else if (uncaught != null) {
            uncaught.uncaught(error);
        }
    }

    /** A listener added in a zone other than the root, or to a future of such a zone. */
    private record ZonedListener(Listener listener, DartAsyncZone listenerZone) implements Listener {
        @Override
        public void completed(DartFuture future) {
            if (future.state == ERROR && !DartAsyncZone.inSameErrorZone(future.zone, listenerZone)) {
                future.reportUncaught(future.error());
            } else if (listenerZone == future.loop.currentZone()) {
                listener.completed(future);
            } else if (listenerZone != null) {
                listenerZone.run(() -> listener.completed(future));
            } else {
                DartAsyncZone previous = future.loop.enterZone(null);
                try {
                    listener.completed(future);
                } finally {
                    future.loop.enterZone(previous);
                }
            }
        }
    }

    private void takeOutcome(DartFuture source) {
        if (source.isError()) {
            completeError(source.error());
        } else {
            complete(source.value());
        }
    }

    private void propagate() {
        ArrayList<Listener> current = listeners;
        listeners = null;
        if (current == null) {
            if (state == ERROR && !errorHandled) {
                reportUncaught((DartException) result);
            }
            return;
        }
        if (state == ERROR) {
            errorHandled = true;
        }
        for (Listener l : current) {
            l.completed(this);
        }
    }
}
