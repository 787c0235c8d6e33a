package org.dartj.isolate;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartObject;
import org.dartj.runtime.isolate.DartEventLoop;

import com.oracle.truffle.api.TruffleContext;

/** A Dart {@code Isolate} object, held by the spawner: the child's context, thread and loop. */
public final class DartIsolateHandle implements DartObject {
    private final DartClass dartClass;
    private final DartEventLoop loop;
    private final String debugName;
    private TruffleContext context;
    private Thread thread;

    DartIsolateHandle(DartClass dartClass, DartEventLoop loop, String debugName) {
        this.dartClass = dartClass;
        this.loop = loop;
        this.debugName = debugName;
    }

    public static DartIsolateHandle forCurrent(DartClass dartClass, DartEventLoop loop) {
        return new DartIsolateHandle(dartClass, loop, loop.debugName());
    }

    /**
     * {@code kill}: the isolate stops before its next event; with {@code immediate} running
     * code is cancelled too (even a loop that never ends).
     */
    public void kill(boolean immediate) {
        loop.requestTerminate();
        if (immediate && context != null && !context.isClosed() && thread != null && thread.isAlive() && Thread.currentThread() != thread) {
            context.closeCancelled(null, "isolate killed");
        }
    }

    void start(TruffleContext newContext, Thread newThread) {
        this.context = newContext;
        this.thread = newThread;
        newThread.start();
    }

    @Override
    public DartClass dartClass() {
        return dartClass;
    }

    public String debugName() {
        return debugName;
    }

    public DartEventLoop loop() {
        return loop;
    }

    /** Stops the isolate: its loop ends at the next event; running code is cancelled. */
    public void terminate() {
        loop.requestTerminate();
        if (thread != null && thread.isAlive()) {
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (context != null && !context.isClosed()) {
            if (thread != null && thread.isAlive()) {
                context.closeCancelled(null, "isolate killed");
            } else {
                context.close();
            }
        }
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "Instance of 'Isolate'";
    }
}
