package org.dartj.runtime.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.dartj.runtime.DartException;
import org.dartj.runtime.isolate.DartEventLoop;
import org.dartj.runtime.isolate.DartIsolateGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.oracle.truffle.api.nodes.Node;

/** Futures and the event loop under zones: capture, error zones, priority microtasks. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DartFutureZoneTest {
    private DartEventLoop loop;
    private final List<String> log = new ArrayList<>();

    /** A zone that is its own error zone (guarded) or shares its parent's, logging what reaches it. */
    private final class TestZone implements DartAsyncZone {
        final String name;
        final TestZone errorZone;

        TestZone(String name, TestZone errorZoneParent, boolean guarded) {
            this.name = name;
            this.errorZone = guarded ? this : errorZoneParent;
        }

        @Override
        public void run(Runnable task) {
            DartAsyncZone previous = loop.enterZone(this);
            try {
                task.run();
            } finally {
                loop.enterZone(previous);
            }
        }

        @Override
        public void runGuarded(Runnable task) {
            try {
                run(task);
            } catch (DartException e) {
                handleUncaughtError(e);
            }
        }

        @Override
        public void handleUncaughtError(DartException error) {
            log.add(name + " uncaught " + error.getValue());
        }

        @Override
        public void scheduleMicrotask(Runnable task) {
            log.add(name + " schedules");
            loop.enqueueMicrotask(() -> runGuarded(task));
        }

        @Override
        public DartAsyncZone errorZone() {
            return errorZone;
        }
    }

    @BeforeEach
    void setUp() {
        loop = new DartIsolateGroup().newLoop("main");
    }

    private DartFuture futureIn(DartAsyncZone zone) {
        DartAsyncZone previous = loop.enterZone(zone);
        try {
            return new DartFuture(loop, e -> log.add("root uncaught " + e.getValue()));
        } finally {
            loop.enterZone(previous);
        }
    }

    private void listenIn(DartAsyncZone zone, DartFuture future, String name) {
        DartAsyncZone previous = loop.enterZone(zone);
        try {
            future.addListener(f -> log.add(name + " in " + (loop.currentZone() == null ? "root" : ((TestZone) loop.currentZone()).name)));
        } finally {
            loop.enterZone(previous);
        }
    }

    @Test
    void listenersRunInTheZoneTheyWereAddedIn() {
        TestZone a = new TestZone("a", null, false);
        DartFuture f = futureIn(null);
        listenIn(a, f, "first");
        listenIn(null, f, "second");
        f.complete(1L);
        assertEquals(List.of("first in a", "second in root"), log);
        assertNull(loop.currentZone());
    }

    @Test
    void anUnhandledErrorGoesToTheFuturesZone() {
        TestZone guarded = new TestZone("g", null, true);
        futureIn(guarded).completeError(new DartException("boom", (Node) null));
        futureIn(null).completeError(new DartException("plain", (Node) null));
        assertEquals(List.of("g uncaught boom", "root uncaught plain"), log);
    }

    @Test
    void errorsDoNotCrossErrorZones() {
        TestZone first = new TestZone("first", null, true);
        TestZone second = new TestZone("second", null, true);
        TestZone child = new TestZone("child", first, false);
        DartFuture f = futureIn(first);
        listenIn(second, f, "other error zone");
        listenIn(child, f, "same error zone");
        f.completeError(new DartException("e", (Node) null));
        assertEquals(List.of("first uncaught e", "same error zone in child"), log);
    }

    @Test
    void valuesCrossErrorZones() {
        TestZone first = new TestZone("first", null, true);
        TestZone second = new TestZone("second", null, true);
        DartFuture f = futureIn(first);
        listenIn(second, f, "other");
        f.complete("v");
        assertEquals(List.of("other in second"), log);
    }

    @Test
    void asyncCompletionSchedulesThroughTheFuturesZone() {
        TestZone z = new TestZone("z", null, false);
        DartFuture f = futureIn(z);
        f.completeAsync(3L);
        assertEquals(List.of("z schedules"), log);
        loop.drainMicrotasks();
        assertSame(3L, f.value());
    }

    @Test
    void loopSchedulesThroughTheCurrentZone() {
        TestZone z = new TestZone("z", null, false);
        loop.enterZone(z);
        loop.scheduleMicrotask(() -> log.add("task in " + ((TestZone) loop.currentZone()).name));
        loop.enterZone(null);
        loop.drainMicrotasks();
        assertEquals(List.of("z schedules", "task in z"), log);
    }

    @Test
    void priorityMicrotasksRunFirstInOrder() {
        loop.scheduleMicrotask(() -> log.add("ordinary"));
        loop.schedulePriorityMicrotask(() -> log.add("priority 1"));
        loop.schedulePriorityMicrotask(() -> log.add("priority 2"));
        loop.drainMicrotasks();
        assertEquals(List.of("priority 1", "priority 2", "ordinary"), log);
    }
}
