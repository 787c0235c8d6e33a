package org.dartj.isolate;

import org.dartj.runtime.isolate.DartEventLoop;

import com.oracle.truffle.api.TruffleContext;

/** A spawned isolate as its spawner sees it for shutdown: its inner context, thread and loop. */
public final class DartIsolateThread {
    private final DartEventLoop loop;
    private final TruffleContext context;
    private final Thread thread;

    DartIsolateThread(DartEventLoop loop, TruffleContext context, Thread thread) {
        this.loop = loop;
        this.context = context;
        this.thread = thread;
    }

    void start() {
        loop.control().setStopRunningCode(this::cancelRunningCode);
        thread.start();
    }

    /** An immediate kill from another thread: cancels the context, which stops even endless compiled loops. */
    private void cancelRunningCode() {
        if (Thread.currentThread() != thread && thread.isAlive() && !context.isClosed()) {
            context.closeCancelled(null, "isolate killed");
        }
    }

    /** Stops the isolate: its loop ends at the next event; running code is cancelled. */
    public void terminate() {
        loop.requestTerminate();
        if (thread.isAlive()) {
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!context.isClosed()) {
            if (thread.isAlive()) {
                context.closeCancelled(null, "isolate killed");
            } else {
                context.close();
            }
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
