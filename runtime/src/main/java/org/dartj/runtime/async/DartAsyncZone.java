package org.dartj.runtime.async;

import org.dartj.runtime.DartException;

/**
 * A Dart {@code Zone} as the runtime sees it: where callbacks registered in it run, and where
 * its uncaught asynchronous errors go. The root zone is {@code null} everywhere in the runtime,
 * so code that never forks a zone pays one null check per registration and nothing else.
 */
public interface DartAsyncZone {
    /** Runs {@code task} with this zone current (the zone's {@code run} handler may intercept). */
    void run(Runnable task);

    /** As {@link #run}; an error escaping {@code task} goes to {@link #handleUncaughtError}. */
    void runGuarded(Runnable task);

    /** An asynchronous error nobody handled in this zone. */
    void handleUncaughtError(DartException error);

    /** Schedules {@code task} through this zone's {@code scheduleMicrotask} handlers, bound to this zone. */
    void scheduleMicrotask(Runnable task);

    /** The zone whose handler receives this zone's uncaught errors; {@code null} for the root zone's. */
    DartAsyncZone errorZone();

    /** Whether errors may pass between zones {@code a} and {@code b} ({@code null} is the root zone). */
    static boolean inSameErrorZone(DartAsyncZone a, DartAsyncZone b) {
        return a == b || (a == null ? null : a.errorZone()) == (b == null ? null : b.errorZone());
    }
}
