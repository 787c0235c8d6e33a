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
    private int state;
    private Object result;
    private ArrayList<Listener> listeners;
    private boolean errorHandled;

    public DartFuture(DartEventLoop loop, UncaughtErrorHandler uncaught) {
        this.loop = loop;
        this.uncaught = uncaught;
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

    @TruffleBoundary
    public void addListener(Listener listener) {
        if (state == ERROR) {
            errorHandled = true;
        }
        if (isComplete()) {
            loop.scheduleMicrotask(() -> listener.completed(this));
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
                source.addListener(this::takeOutcome);
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
            source.addListener(this::takeOutcome);
        } else {
            loop.scheduleMicrotask(() -> complete(value));
        }
    }

    @TruffleBoundary
    public void completeErrorAsync(DartException error) {
        state = PENDING_COMPLETE;
        loop.scheduleMicrotask(() -> completeError(error));
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
            if (state == ERROR && !errorHandled && uncaught != null) {
                uncaught.uncaught((DartException) result);
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
