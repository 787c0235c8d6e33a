package org.dartj.runtime.isolate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The isolates of one program. It owns the lock that guards every event queue, so that
 * "is anybody able to do anything" (quiescence) can be decided without races: an isolate
 * counts as busy from the moment a message is posted to it until it waits on an empty queue
 * with no timer pending.
 */
public final class DartIsolateGroup {
    final ReentrantLock lock = new ReentrantLock();
    private final List<DartEventLoop> loops = new ArrayList<>();
    private int busy;
    private int nextIsolateId;
    private int nextPortId;
    private DartEventLoop main;
    /** dart:io's {@code exitCode}: one per program, as it is one per VM process. */
    private volatile int exitCode;

    /** Registers a new isolate's loop; it counts as busy until it first waits. */
    public DartEventLoop newLoop(String debugName) {
        lock.lock();
        try {
            DartEventLoop loop = new DartEventLoop(this, nextIsolateId++, debugName);
            loops.add(loop);
            busy++;
            if (main == null) {
                main = loop;
            }
            return loop;
        } finally {
            lock.unlock();
        }
    }

    int nextPortId() {
        lock.lock();
        try {
            return nextPortId++;
        } finally {
            lock.unlock();
        }
    }

    /** Called with the lock held when {@code loop} starts an untimed wait on an empty queue. */
    void becameIdle(DartEventLoop loop) {
        busy--;
        if (busy == 0 && main != null) {
            main.signalQuiescence();
        }
    }

    /** Called with the lock held when work arrives for an idle loop. */
    void becameBusy(DartEventLoop loop) {
        busy++;
    }

    /** Called with the lock held when {@code loop} has ended for good. */
    void exited(DartEventLoop loop, boolean wasBusy) {
        loops.remove(loop);
        if (wasBusy) {
            busy--;
        }
        if (busy == 0 && main != null && loop != main) {
            main.signalQuiescence();
        }
    }

    /** True when no isolate can run anything ever again without outside help. */
    public boolean isQuiescent() {
        lock.lock();
        try {
            return busy == 0;
        } finally {
            lock.unlock();
        }
    }

    private List<DartReceivePortState> quiescentPorts = List.of();

    /** Called with the lock held when the program ends quiescent: remembers the open ports. */
    void recordQuiescentPorts() {
        List<DartReceivePortState> result = new ArrayList<>();
        for (DartEventLoop loop : loops) {
            result.addAll(loop.openPorts());
        }
        quiescentPorts = result;
    }

    /** The keep-alive ports that were open when the program became quiescent. */
    public List<DartReceivePortState> quiescentPorts() {
        lock.lock();
        try {
            return quiescentPorts;
        } finally {
            lock.unlock();
        }
    }

    private volatile java.util.function.IntConsumer exitRequestHandler;

    /** How a spawned isolate's {@code exit(code)} reaches the main isolate (set by the main isolate). */
    public void setExitRequestHandler(java.util.function.IntConsumer handler) {
        exitRequestHandler = handler;
    }

    /** Asks the main isolate to end the program with {@code status}; false if it cannot be asked. */
    public boolean requestExit(int status) {
        java.util.function.IntConsumer handler = exitRequestHandler;
        if (handler == null) {
            return false;
        }
        handler.accept(status);
        return true;
    }

    public int exitCode() {
        return exitCode;
    }

    public void setExitCode(int code) {
        exitCode = code;
    }
}
