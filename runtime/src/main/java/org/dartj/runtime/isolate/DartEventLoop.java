package org.dartj.runtime.isolate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

import org.dartj.runtime.async.DartAsyncZone;

/**
 * One isolate's event loop: a microtask queue, drained after every event, and an event queue
 * (port messages, spawn notices) plus timers ordered by due time then creation order. Only
 * the owning isolate's thread runs it; other isolates only {@link #post} events.
 *
 * <p>An isolate ends when both queues are empty, no timer is pending and no keep-alive port
 * is open. With quiescence exit enabled, the main isolate also ends when the whole group is
 * quiescent (every isolate waits on an empty queue with no timer).
 */
public final class DartEventLoop {
    /** Why {@link #run} returned. */
    public enum Exit { FINISHED, QUIESCENT, TERMINATED }

    private final DartIsolateGroup group;
    private final int isolateId;
    private final String debugName;
    private final Condition wakeUp;

    // Owner thread only.
    private final ArrayDeque<Runnable> microtasks = new ArrayDeque<>();
    /** Run before the other microtasks (the root zone rethrows uncaught errors from here, as the VM). */
    private final ArrayDeque<Runnable> priorityMicrotasks = new ArrayDeque<>();
    /** The current zone; null is the root zone. */
    private DartAsyncZone zone;
    private final PriorityQueue<DartTimer> timers = new PriorityQueue<>();
    private final List<DartReceivePortState> keepAlivePorts = new ArrayList<>();
    private long timerSequence;
    /** Finalizations whose referents the collector found unreachable; polled before each event. */
    private final java.lang.ref.ReferenceQueue<Object> finalizations = new java.lang.ref.ReferenceQueue<>();

    // Guarded by group.lock.
    private final ArrayDeque<Runnable> events = new ArrayDeque<>();
    private final ArrayDeque<Runnable> controlEvents = new ArrayDeque<>();
    private boolean idle;
    private boolean exited;
    private boolean quiescent;
    /** Open sources outside the program that will post events (guarded by the group lock). */
    private int externalSources;
    private volatile boolean terminateRequested;
    private final DartIsolateControl control;
    /** Makes running code of this isolate apply control requests at its next safepoint. */
    private volatile Runnable controlInterrupt;

    DartEventLoop(DartIsolateGroup group, int isolateId, String debugName) {
        this.group = group;
        this.isolateId = isolateId;
        this.debugName = debugName;
        this.wakeUp = group.lock.newCondition();
        DartReceivePortState controlPortState = new DartReceivePortState(group.nextPortId(), this, "control port", false);
        this.control = new DartIsolateControl(this, controlPortState);
        controlPortState.controls = control;
    }

    // Set before the isolate starts.
    private Object program;
    private String rootScript;

    /**
     * Which program this isolate runs (an identity token shared by the isolates of one
     * program; {@code Isolate.spawnUri} starts a new one) and the path of its root script.
     */
    public void setProgram(Object programToken, String script) {
        this.program = programToken;
        this.rootScript = script;
    }

    public Object program() {
        return program == null ? group : program;
    }

    public String rootScript() {
        return rootScript;
    }

    /** This isolate's control port, capabilities, pause state and listeners. */
    public DartIsolateControl control() {
        return control;
    }

    public void setControlInterrupt(Runnable interrupt) {
        controlInterrupt = interrupt;
    }

    public DartIsolateGroup group() {
        return group;
    }

    public int isolateId() {
        return isolateId;
    }

    public String debugName() {
        return debugName;
    }

    /**
     * Schedules {@code task} from the current zone: directly in the root zone, else through the
     * zone's {@code scheduleMicrotask} handlers, so that it runs in that zone.
     */
    public void scheduleMicrotask(Runnable task) {
        DartAsyncZone current = zone;
        if (current == null) {
            microtasks.add(task);
        } else {
            current.scheduleMicrotask(task);
        }
    }

    /** Queues {@code task} as it is (the root zone's microtask scheduling). */
    public void enqueueMicrotask(Runnable task) {
        microtasks.add(task);
    }

    /** Queues {@code task} ahead of the ordinary microtasks, after earlier priority ones. */
    public void schedulePriorityMicrotask(Runnable task) {
        priorityMicrotasks.add(task);
    }

    /** The current zone, or null for the root zone. */
    public DartAsyncZone currentZone() {
        return zone;
    }

    /** Makes {@code next} (null: root) the current zone and returns the previous one, to restore later. */
    public DartAsyncZone enterZone(DartAsyncZone next) {
        DartAsyncZone previous = zone;
        zone = next;
        return previous;
    }

    /**
     * A weak reference with an action (a {@code Finalizer} callback) that runs as a later event
     * of its loop, on the loop's thread, once the collector found the referent unreachable.
     * Whoever creates it must keep it reachable until then (else it is dropped unrun); it never
     * keeps the isolate alive.
     */
    public abstract static class Finalization extends java.lang.ref.WeakReference<Object> {
        protected Finalization(Object referent, DartEventLoop loop) {
            super(referent, loop.finalizations);
        }

        /** Runs as an event of the loop. */
        protected abstract void finalized();
    }

    /** Posts an event for each finalization whose referent was collected. */
    private void pollFinalizations() {
        for (java.lang.ref.Reference<?> r; (r = finalizations.poll()) != null;) {
            Finalization f = (Finalization) r;
            post(f::finalized);
        }
    }

    /** Adds an event from any thread; returns false if this isolate has already ended. */
    public boolean post(Runnable event) {
        group.lock.lock();
        try {
            if (exited) {
                return false;
            }
            events.add(event);
            if (idle) {
                idle = false;
                group.becameBusy(this);
            }
            wakeUp.signal();
            return true;
        } finally {
            group.lock.unlock();
        }
    }

    /**
     * Adds a control request (pause, resume, ping, kill, listeners) from any thread. It is
     * applied before the next event, also while the isolate is paused, and, when the isolate
     * is running code, at that code's next safepoint. Returns false if the isolate has ended.
     */
    public boolean postControl(Runnable request) {
        group.lock.lock();
        try {
            if (exited) {
                return false;
            }
            controlEvents.add(request);
            if (idle) {
                idle = false;
                group.becameBusy(this);
            }
            wakeUp.signal();
        } finally {
            group.lock.unlock();
        }
        Runnable interrupt = controlInterrupt;
        if (interrupt != null) {
            interrupt.run();
        }
        return true;
    }

    /** Applies pending control requests (owner thread). */
    public void runControlRequests() {
        while (true) {
            Runnable request;
            group.lock.lock();
            try {
                request = controlEvents.poll();
            } finally {
                group.lock.unlock();
            }
            if (request == null) {
                return;
            }
            request.run();
        }
    }

    /** Puts an event ahead of all waiting events (owner thread; {@code beforeNextEvent}). */
    void postFirst(Runnable event) {
        group.lock.lock();
        try {
            if (!exited) {
                events.addFirst(event);
            }
        } finally {
            group.lock.unlock();
        }
    }

    /** A timer that runs {@code action} after {@code delayMillis}, every period if periodic. */
    public DartTimer addTimer(long delayMillis, boolean periodic, Runnable action) {
        long delayNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, delayMillis));
        DartTimer timer = new DartTimer(timerSequence++, System.nanoTime() + delayNanos, periodic ? delayNanos : -1, action);
        timers.add(timer);
        return timer;
    }

    /**
     * Opens a source outside the program that posts events to this isolate (stdin being read
     * on a reader thread): until it is closed the isolate stays alive, and waiting for it
     * does not count as quiescence.
     */
    public void openExternalSource() {
        group.lock.lock();
        try {
            externalSources++;
        } finally {
            group.lock.unlock();
        }
    }

    /** Closes a source opened with {@link #openExternalSource()} (any thread). */
    public void closeExternalSource() {
        group.lock.lock();
        try {
            externalSources--;
            wakeUp.signal();
        } finally {
            group.lock.unlock();
        }
    }

    /** Opens a receive port owned by this isolate; keep-alive ports hold the isolate open. */
    public DartReceivePortState openPort(String createdAt, boolean keepAlive, boolean bufferUntilListened) {
        DartReceivePortState port = new DartReceivePortState(group.nextPortId(), this, createdAt, bufferUntilListened);
        if (keepAlive) {
            group.lock.lock();
            try {
                keepAlivePorts.add(port);
            } finally {
                group.lock.unlock();
            }
        }
        return port;
    }

    void setKeepAlive(DartReceivePortState port, boolean keepAlive) {
        group.lock.lock();
        try {
            keepAlivePorts.remove(port);
            if (keepAlive) {
                keepAlivePorts.add(port);
            }
        } finally {
            group.lock.unlock();
        }
    }

    boolean isKeepAlive(DartReceivePortState port) {
        group.lock.lock();
        try {
            return keepAlivePorts.contains(port);
        } finally {
            group.lock.unlock();
        }
    }

    void portClosed(DartReceivePortState port) {
        group.lock.lock();
        try {
            keepAlivePorts.remove(port);
        } finally {
            group.lock.unlock();
        }
    }

    List<DartReceivePortState> openPorts() {
        return new ArrayList<>(keepAlivePorts);
    }

    /** Asks the loop to stop at the next event boundary (any thread). */
    public void requestTerminate() {
        group.lock.lock();
        try {
            terminateRequested = true;
            wakeUp.signal();
        } finally {
            group.lock.unlock();
        }
    }

    void signalQuiescence() {
        quiescent = true;
        wakeUp.signal();
    }

    public void drainMicrotasks() {
        while (true) {
            Runnable task = priorityMicrotasks.poll();
            if (task == null) {
                task = microtasks.poll();
                if (task == null) {
                    return;
                }
            }
            task.run();
        }
    }

    /**
     * Runs events until this isolate ends. Exceptions thrown by an event (uncaught Dart
     * errors) propagate to the caller, which decides whether the isolate dies.
     */
    public Exit run(boolean exitOnQuiescence) throws InterruptedException {
        return run(exitOnQuiescence, null);
    }

    /**
     * Decides what an uncaught Dart error thrown by an event does: returns true to go on with
     * the next event (the isolate's errors are not fatal), false to end the isolate.
     */
    public interface UncaughtErrorHandler {
        boolean handle(org.dartj.runtime.DartException error);
    }

    public Exit run(boolean exitOnQuiescence, UncaughtErrorHandler onUncaught) throws InterruptedException {
        while (true) {
            try {
                return runEvents(exitOnQuiescence);
            } catch (org.dartj.runtime.DartException e) {
                zone = null;
                if (onUncaught == null || !onUncaught.handle(e)) {
                    throw e;
                }
            }
        }
    }

    private Exit runEvents(boolean exitOnQuiescence) throws InterruptedException {
        boolean timerRanLast = false;
        while (true) {
            drainMicrotasks();
            runControlRequests();
            pollFinalizations();
            if (terminateRequested) {
                control.notifyExit();
                markExited();
                return Exit.TERMINATED;
            }
            if (control.isPaused()) {
                awaitControlRequest();
                continue;
            }
            DartTimer timer = timers.peek();
            while (timer != null && timer.cancelled) {
                timers.poll();
                timer = timers.peek();
            }
            long now = System.nanoTime();
            // A due timer runs, but never twice in a row while events wait: timers must not
            // starve messages (in the Dart VM timer expiries are messages too).
            if (timer != null && timer.dueNanos <= now && !(timerRanLast && hasEvents())) {
                fire(timer, now);
                timerRanLast = true;
                continue;
            }
            timerRanLast = false;
            Runnable event;
            group.lock.lock();
            try {
                // Control requests go first, also ahead of events that were posted after them.
                event = controlEvents.isEmpty() ? events.poll() : null;
                if (event == null) {
                    if (terminateRequested || !controlEvents.isEmpty()) {
                        continue;
                    }
                    if (timer == null && keepAlivePorts.isEmpty() && externalSources == 0) {
                        // Exit listeners hear of it before this isolate stops counting as busy.
                        control.notifyExit();
                        exitLocked();
                        return Exit.FINISHED;
                    }
                    if (timer == null && externalSources > 0) {
                        // Input from outside will arrive: waiting for it is not quiescence.
                        wakeUp.await();
                    } else if (timer == null) {
                        idle = true;
                        group.becameIdle(this);
                        while (idle && !terminateRequested) {
                            if (quiescent && exitOnQuiescence) {
                                group.recordQuiescentPorts();
                                exitLocked();
                                return Exit.QUIESCENT;
                            }
                            wakeUp.await();
                        }
                        quiescent = false;
                    } else {
                        wakeUp.awaitNanos(timer.dueNanos - now);
                    }
                    continue;
                }
            } finally {
                group.lock.unlock();
            }
            event.run();
        }
    }

    /**
     * A paused isolate delivers no events and fires no timers until a control request
     * resumes it. It stays busy meanwhile: it still has work, so the program is not quiescent.
     */
    private void awaitControlRequest() throws InterruptedException {
        group.lock.lock();
        try {
            while (controlEvents.isEmpty() && !terminateRequested) {
                wakeUp.await();
            }
        } finally {
            group.lock.unlock();
        }
    }

    private boolean hasEvents() {
        group.lock.lock();
        try {
            return !events.isEmpty();
        } finally {
            group.lock.unlock();
        }
    }

    /** Runs a due timer; a periodic one counts the periods it missed, as the Dart VM does. */
    private void fire(DartTimer timer, long now) {
        timers.poll();
        if (timer.isPeriodic()) {
            long missed = timer.periodNanos > 0 ? (now - timer.dueNanos) / timer.periodNanos : 0;
            timer.tick += 1 + missed;
            timer.dueNanos += (missed + 1) * Math.max(timer.periodNanos, 1);
            timers.add(timer);
        } else {
            timer.tick++;
            timer.cancelled = true;
        }
        timer.action.run();
    }

    private void exitLocked() {
        if (!exited) {
            exited = true;
            boolean wasBusy = !idle;
            idle = false;
            events.clear();
            controlEvents.clear();
            group.exited(this, wasBusy);
        }
    }

    /** Marks the isolate as ended (after an uncaught error or a kill). */
    public void markExited() {
        group.lock.lock();
        try {
            exitLocked();
        } finally {
            group.lock.unlock();
        }
    }
}
