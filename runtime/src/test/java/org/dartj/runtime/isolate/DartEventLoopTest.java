package org.dartj.runtime.isolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The per-isolate event loop: microtask/event/timer order, ports, quiescence and termination.
 * Every test has a timeout (on a separate thread), so a deadlock fails instead of hanging.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DartEventLoopTest {

    private final List<Thread> threads = new ArrayList<>();

    /** Starts a daemon helper thread, remembered so that failures inside it are not lost. */
    private Thread start(String name, ThrowingRunnable body, AtomicReference<Throwable> failure) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
        return t;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        for (Thread t : threads) {
            t.interrupt();
            t.join(2000);
        }
    }

    private static void assertNoFailure(AtomicReference<Throwable> failure) {
        Throwable t = failure.get();
        if (t != null) {
            throw new AssertionError("helper thread failed", t);
        }
    }

    // ---------------------------------------------------------------- microtasks and events

    @Test
    void microtasksRunBeforeTheNextEvent() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        List<String> log = new ArrayList<>();
        loop.scheduleMicrotask(() -> log.add("m0"));
        assertTrue(loop.post(() -> {
            log.add("e1");
            loop.scheduleMicrotask(() -> {
                log.add("m1a");
                // A microtask scheduled by a microtask still runs before the next event.
                loop.scheduleMicrotask(() -> log.add("m1c"));
            });
            loop.scheduleMicrotask(() -> log.add("m1b"));
        }));
        assertTrue(loop.post(() -> {
            log.add("e2");
            loop.scheduleMicrotask(() -> log.add("m2"));
        }));
        assertTrue(loop.post(() -> log.add("e3")));

        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(List.of("m0", "e1", "m1a", "m1b", "m1c", "e2", "m2", "e3"), log);
    }

    @Test
    void microtasksScheduledByATimerRunBeforeTheNextTimer() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        List<String> log = new ArrayList<>();
        loop.addTimer(0, false, () -> {
            log.add("t1");
            loop.scheduleMicrotask(() -> log.add("m1"));
        });
        loop.addTimer(0, false, () -> log.add("t2"));
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(List.of("t1", "m1", "t2"), log);
    }

    @Test
    void drainMicrotasksRunsEverythingQueuedIncludingNewOnes() {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        List<Integer> log = new ArrayList<>();
        loop.scheduleMicrotask(() -> {
            log.add(1);
            loop.scheduleMicrotask(() -> log.add(3));
        });
        loop.scheduleMicrotask(() -> log.add(2));
        loop.drainMicrotasks();
        assertEquals(List.of(1, 2, 3), log);
    }

    // ---------------------------------------------------------------- timers

    @Test
    void timersFireInDueTimeOrder() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        List<String> log = new ArrayList<>();
        loop.addTimer(60, false, () -> log.add("60"));
        loop.addTimer(20, false, () -> log.add("20"));
        loop.addTimer(40, false, () -> log.add("40"));
        loop.addTimer(0, false, () -> log.add("0"));
        loop.addTimer(-5, false, () -> log.add("-5")); // negative delay is treated as zero
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(List.of("0", "-5", "20", "40", "60"), log);
    }

    @Test
    void timersWithEqualDelayFireInCreationOrder() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        List<Integer> log = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            loop.addTimer(i % 2 == 0 ? 0 : 200, false, () -> log.add(n));
        }
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i += 2) {
            expected.add(i);
        }
        for (int i = 1; i < 200; i += 2) {
            expected.add(i);
        }
        assertEquals(expected, log);
    }

    @Test
    void equalDueTimesAreOrderedByCreation() {
        DartTimer a = new DartTimer(0, 1000, -1, () -> { });
        DartTimer b = new DartTimer(1, 1000, -1, () -> { });
        DartTimer c = new DartTimer(2, 999, -1, () -> { });
        assertTrue(a.compareTo(b) < 0);
        assertTrue(b.compareTo(a) > 0);
        assertTrue(c.compareTo(a) < 0);
        assertEquals(0, a.compareTo(a));
        java.util.PriorityQueue<DartTimer> q = new java.util.PriorityQueue<>(List.of(b, a, c));
        assertSame(c, q.poll());
        assertSame(a, q.poll());
        assertSame(b, q.poll());
    }

    @Test
    void cancelledTimerNeverFires() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        List<String> log = new ArrayList<>();
        DartTimer cancelledUpFront = loop.addTimer(10, false, () -> log.add("cancelled up front"));
        DartTimer cancelledLater = loop.addTimer(50, false, () -> log.add("cancelled by another timer"));
        loop.addTimer(20, false, () -> {
            log.add("20");
            cancelledLater.cancel();
        });
        cancelledUpFront.cancel();
        assertFalse(cancelledUpFront.isActive());
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(List.of("20"), log);
        assertFalse(cancelledLater.isActive());
    }

    @Test
    void cancelledLongTimerDoesNotKeepTheLoopAlive() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        AtomicBoolean fired = new AtomicBoolean();
        DartTimer longTimer = loop.addTimer(60_000, false, () -> fired.set(true));
        loop.addTimer(5, false, () -> { });
        longTimer.cancel();
        long start = System.nanoTime();
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
        assertFalse(fired.get());
    }

    @Test
    void timerRunsAfterItsDelay() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        long start = System.nanoTime();
        AtomicReference<Long> firedAt = new AtomicReference<>();
        DartTimer t = loop.addTimer(100, false, () -> firedAt.set(System.nanoTime()));
        assertTrue(t.isActive());
        assertFalse(t.isPeriodic());
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertTrue(firedAt.get() - start >= TimeUnit.MILLISECONDS.toNanos(100));
        assertFalse(t.isActive(), "a one-shot timer is inactive once it has fired");
    }

    @Test
    void periodicTimerTicks() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        List<Long> ticks = new ArrayList<>();
        AtomicReference<DartTimer> ref = new AtomicReference<>();
        DartTimer timer = loop.addTimer(5, true, () -> {
            DartTimer self = ref.get();
            ticks.add(self.tick());
            if (self.tick() >= 3) {
                self.cancel();
            }
        });
        ref.set(timer);
        assertTrue(timer.isPeriodic());
        assertEquals(0, timer.tick());
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        // On time: 1, 2, 3. A late loop skips numbers (ticks count elapsed periods), even the first.
        assertTrue(ticks.get(0) >= 1, ticks::toString);
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(ticks.get(i) > ticks.get(i - 1), ticks::toString);
        }
        assertTrue(ticks.get(ticks.size() - 1) >= 3, ticks::toString);
        assertEquals(ticks.get(ticks.size() - 1), timer.tick());
        assertFalse(timer.isActive());
    }

    @Test
    void periodicTimerInterleavesWithOneShotTimers() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<DartTimer> ref = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger firings = new java.util.concurrent.atomic.AtomicInteger();
        ref.set(loop.addTimer(40, true, () -> {
            log.add("p");
            // Counted by firings: a late loop may skip tick numbers (they count elapsed periods).
            if (firings.incrementAndGet() == 2) {
                ref.get().cancel();
            }
        }));
        loop.addTimer(60, false, () -> log.add("o60"));
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        // Timers run by due time: the periodic one (40), the one-shot (60), the periodic one (80).
        assertEquals(List.of("p", "o60", "p"), log);
    }

    /**
     * Dart VM: {@code _Timer._runTimers} does {@code timer._tick += 1} for every timer, so a
     * one-shot timer's {@code tick} is 1 once it has fired. DartTimer only counts periodic ticks.
     */
    @Test
    void oneShotTimerTickIsOneAfterFiring() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        AtomicReference<DartTimer> ref = new AtomicReference<>();
        List<Long> seen = new ArrayList<>();
        ref.set(loop.addTimer(0, false, () -> seen.add(ref.get().tick())));
        assertEquals(0, ref.get().tick());
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(List.of(1L), seen);
        assertEquals(1, ref.get().tick());
    }

    /**
     * Dart VM and the documented example of {@code Timer.tick}: when a periodic timer is
     * delayed by more than one period, the missed ticks are skipped but counted, so tick
     * jumps (1, then 4 for a 1s timer blocked 3.5s more).
     */
    @Test
    void latePeriodicTimerCountsMissedTicks() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        AtomicReference<DartTimer> ref = new AtomicReference<>();
        List<Long> seen = new ArrayList<>();
        long start = System.nanoTime();
        ref.set(loop.addTimer(100, true, () -> {
            DartTimer t = ref.get();
            seen.add(t.tick());
            if (t.tick() == 1) {
                // Block for 350 ms more: the latest due tick afterwards is the 4th (at 400 ms).
                while (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(450)) {
                    Thread.onSpinWait();
                }
            } else {
                t.cancel();
            }
        }));
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        // 450 ms late on a 100 ms period: at least 3 missed ticks are counted (more on a
        // loaded machine, where the second firing itself comes late).
        assertEquals(2, seen.size());
        assertEquals(1L, seen.get(0));
        assertTrue(seen.get(1) >= 4L && seen.get(1) <= 8L, () -> "second tick " + seen.get(1));
    }

    /**
     * A periodic timer that is always due (zero period, or a callback slower than its
     * period) must not starve port messages: in the Dart VM timer events are themselves
     * messages of the isolate, so other messages are handled in between. Here a message is
     * posted before run(); a zero-period timer waits for it and gives up after 1000 ticks.
     */
    @Test
    void alwaysDuePeriodicTimerDoesNotStarveEvents() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        AtomicBoolean delivered = new AtomicBoolean();
        AtomicReference<Long> tickWhenDelivered = new AtomicReference<>();
        AtomicReference<DartTimer> ref = new AtomicReference<>();
        assertTrue(loop.post(() -> delivered.set(true)));
        ref.set(loop.addTimer(0, true, () -> {
            DartTimer t = ref.get();
            if (delivered.get() || t.tick() >= 1000) {
                tickWhenDelivered.set(delivered.get() ? t.tick() : null);
                t.cancel();
            }
        }));
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertTrue(delivered.get());
        assertTrue(tickWhenDelivered.get() != null, "the message was only delivered after the periodic timer was cancelled");
    }

    // ---------------------------------------------------------------- finishing

    @Test
    void runFinishesWhenNothingIsPending() throws InterruptedException {
        DartIsolateGroup group = new DartIsolateGroup();
        DartEventLoop loop = group.newLoop("main");
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertTrue(group.isQuiescent());
    }

    @Test
    void nonKeepAlivePortDoesNotKeepTheLoopAlive() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartReceivePortState port = loop.openPort("weak", false, true);
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertFalse(port.isClosed());
    }

    @Test
    void postToExitedLoopReturnsFalse() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        AtomicBoolean ran = new AtomicBoolean();
        assertTrue(loop.post(() -> { }));
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertFalse(loop.post(() -> ran.set(true)));
        assertFalse(ran.get());
    }

    @Test
    void sendToPortOfExitedLoopIsDropped() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartReceivePortState port = loop.openPort("p", false, true);
        List<Object> got = new ArrayList<>();
        port.setHandler(got::add);
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        new DartSendPort(port).sendCopied(1L); // must not throw
        assertTrue(got.isEmpty());
    }

    // ---------------------------------------------------------------- ports

    @Test
    void keepAlivePortWaitsForMessageFromAnotherThread() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartReceivePortState port = loop.openPort("main.dart:1:1", true, true);
        DartSendPort sendPort = new DartSendPort(port);
        List<Object> received = new ArrayList<>();
        List<Thread> handlerThreads = new ArrayList<>();
        port.setHandler(message -> {
            received.add(message);
            handlerThreads.add(Thread.currentThread());
            port.close();
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long start = System.nanoTime();
        start("sender", () -> {
            Thread.sleep(150);
            sendPort.sendCopied(DartMessageCopier.copy(42L));
        }, failure);

        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(150), "the loop waited for the message");
        assertEquals(List.of(42L), received);
        assertEquals(List.of(Thread.currentThread()), handlerThreads, "handlers run on the loop's thread");
        assertTrue(port.isClosed());
        assertNoFailure(failure);
    }

    @Test
    void closedPortDropsLaterMessages() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartReceivePortState port = loop.openPort("p", true, true);
        DartSendPort sendPort = new DartSendPort(port);
        List<Object> received = new ArrayList<>();
        port.setHandler(message -> {
            received.add(message);
            port.close();
        });
        sendPort.sendCopied(1L);
        sendPort.sendCopied(2L); // already queued when the port is closed by the first message
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(List.of(1L), received);
    }

    @Test
    void messagesBeforeHandlerAreBufferedAndDeliveredInOrder() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartReceivePortState port = loop.openPort("buffered", true, true);
        DartSendPort sendPort = new DartSendPort(port);
        List<Object> received = new ArrayList<>();
        sendPort.sendCopied(1L);
        sendPort.sendCopied(2L);
        sendPort.sendCopied(3L);
        // Runs after the three deliveries above, which found no handler.
        loop.post(() -> {
            assertFalse(port.hasHandler());
            port.setHandler(message -> {
                received.add(message);
                if (message.equals(5L)) {
                    port.close();
                }
            });
            // As a Dart stream: events buffered before the listener arrive in a later microtask.
            received.add("after setHandler");
            sendPort.sendCopied(4L);
            sendPort.sendCopied(5L);
        });
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(List.of("after setHandler", 1L, 2L, 3L, 4L, 5L), received);
    }

    @Test
    void withoutBufferingMessagesBeforeHandlerAreDropped() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartReceivePortState port = loop.openPort("raw", true, false);
        DartSendPort sendPort = new DartSendPort(port);
        List<Object> received = new ArrayList<>();
        sendPort.sendCopied(1L);
        loop.post(() -> {
            port.setHandler(message -> {
                received.add(message);
                port.close();
            });
            sendPort.sendCopied(2L);
        });
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(List.of(2L), received);
    }

    @Test
    void handlerClosingPortDuringBufferedReplayStopsDelivery() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartReceivePortState port = loop.openPort("replay", true, true);
        DartSendPort sendPort = new DartSendPort(port);
        List<Object> received = new ArrayList<>();
        sendPort.sendCopied(1L);
        sendPort.sendCopied(2L);
        sendPort.sendCopied(3L);
        loop.post(() -> port.setHandler(message -> {
            received.add(message);
            if (message.equals(2L)) {
                port.close();
            }
        }));
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(List.of(1L, 2L), received);
    }

    @Test
    void messagesFromOneSenderArriveInSendOrder() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartReceivePortState port = loop.openPort("ordered", true, true);
        DartSendPort sendPort = new DartSendPort(port);
        int count = 1000;
        List<Object> received = new ArrayList<>();
        port.setHandler(message -> {
            received.add(message);
            if (received.size() == count) {
                port.close();
            }
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        start("sender", () -> {
            for (long i = 0; i < count; i++) {
                sendPort.sendCopied(DartMessageCopier.copy(i));
                if (i % 100 == 0) {
                    Thread.yield();
                }
            }
        }, failure);
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        List<Object> expected = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            expected.add(i);
        }
        assertEquals(expected, received);
        assertNoFailure(failure);
    }

    @Test
    void twoSendersEachKeepTheirOwnOrder() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartReceivePortState port = loop.openPort("two", true, true);
        DartSendPort sendPort = new DartSendPort(port);
        int count = 1000;
        List<Long> received = new ArrayList<>();
        port.setHandler(message -> {
            received.add((Long) message);
            if (received.size() == 2 * count) {
                port.close();
            }
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (long base : new long[]{0, 1_000_000}) {
            start("sender" + base, () -> {
                for (long i = 0; i < count; i++) {
                    sendPort.sendCopied(base + i);
                }
            }, failure);
        }
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        List<Long> a = received.stream().filter(v -> v < 1_000_000).collect(Collectors.toList());
        List<Long> b = received.stream().filter(v -> v >= 1_000_000).map(v -> v - 1_000_000).collect(Collectors.toList());
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            expected.add(i);
        }
        assertEquals(expected, a);
        assertEquals(expected, b);
        assertNoFailure(failure);
    }

    @Test
    void sendPortsForTheSamePortAreEqual() {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        DartReceivePortState p1 = loop.openPort("a", false, true);
        DartReceivePortState p2 = loop.openPort("b", false, true);
        assertEquals(new DartSendPort(p1), new DartSendPort(p1));
        assertEquals(new DartSendPort(p1).hashCode(), new DartSendPort(p1).hashCode());
        assertFalse(new DartSendPort(p1).equals(new DartSendPort(p2)));
        assertFalse(p1.id() == p2.id());
        assertEquals("main", p1.ownerName());
    }

    // ---------------------------------------------------------------- quiescence

    @Test
    void quiescentWhenSecondIsolateFinishesWhileMainWaits() throws InterruptedException {
        DartIsolateGroup group = new DartIsolateGroup();
        DartEventLoop main = group.newLoop("main");
        DartEventLoop worker = group.newLoop("worker");
        DartReceivePortState mainPort = main.openPort("main.dart:3:7", true, true);
        mainPort.setHandler(m -> { });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<DartEventLoop.Exit> workerExit = new AtomicReference<>();
        start("worker", () -> {
            Thread.sleep(100); // main is waiting by now (most likely)
            workerExit.set(worker.run(false));
        }, failure);

        assertEquals(DartEventLoop.Exit.QUIESCENT, main.run(true));
        assertTrue(group.isQuiescent());
        List<DartReceivePortState> ports = group.quiescentPorts();
        assertEquals(1, ports.size());
        assertSame(mainPort, ports.get(0));
        assertEquals("main.dart:3:7", ports.get(0).createdAt());
        assertEquals("main", ports.get(0).ownerName());
        joinAll();
        assertEquals(DartEventLoop.Exit.FINISHED, workerExit.get());
        assertNoFailure(failure);
    }

    @Test
    void quiescentWhenSecondIsolateFinishedBeforeMainWaits() throws InterruptedException {
        DartIsolateGroup group = new DartIsolateGroup();
        DartEventLoop main = group.newLoop("main");
        DartEventLoop worker = group.newLoop("worker");
        DartReceivePortState mainPort = main.openPort("bin/app.dart:10:3", true, true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch workerDone = new CountDownLatch(1);
        start("worker", () -> {
            assertEquals(DartEventLoop.Exit.FINISHED, worker.run(false));
            workerDone.countDown();
        }, failure);
        assertTrue(workerDone.await(5, TimeUnit.SECONDS));
        assertFalse(group.isQuiescent(), "main has not waited yet");

        assertEquals(DartEventLoop.Exit.QUIESCENT, main.run(true));
        assertEquals(List.of(mainPort), group.quiescentPorts());
        assertEquals("bin/app.dart:10:3", group.quiescentPorts().get(0).createdAt());
        assertNoFailure(failure);
    }

    @Test
    void quiescenceListsIdlePortsOfEveryIsolate() throws InterruptedException {
        DartIsolateGroup group = new DartIsolateGroup();
        DartEventLoop main = group.newLoop("main");
        DartEventLoop worker = group.newLoop("worker");
        DartReceivePortState mainPort = main.openPort("main port", true, true);
        DartReceivePortState workerPort = worker.openPort("worker port", true, true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<DartEventLoop.Exit> workerExit = new AtomicReference<>();
        // The worker receives one message from main, answers, and then waits forever.
        List<Object> mainGot = new ArrayList<>();
        mainPort.setHandler(mainGot::add);
        start("worker", () -> {
            workerPort.setHandler(m -> new DartSendPort(mainPort).sendCopied("pong:" + m));
            workerExit.set(worker.run(false));
        }, failure);
        main.addTimer(20, false, () -> new DartSendPort(workerPort).sendCopied("ping"));

        assertEquals(DartEventLoop.Exit.QUIESCENT, main.run(true));
        assertEquals(List.of("pong:ping"), mainGot);
        Set<String> created = group.quiescentPorts().stream().map(DartReceivePortState::createdAt).collect(Collectors.toSet());
        assertEquals(Set.of("main port", "worker port"), created);

        // The worker is still waiting on its open port; terminate it.
        worker.requestTerminate();
        joinAll();
        assertEquals(DartEventLoop.Exit.TERMINATED, workerExit.get());
        assertNoFailure(failure);
    }

    @Test
    void notQuiescentWhileATimerIsPending() throws InterruptedException {
        DartIsolateGroup group = new DartIsolateGroup();
        DartEventLoop main = group.newLoop("main");
        main.openPort("main.dart:1:1", true, true);
        AtomicBoolean fired = new AtomicBoolean();
        long start = System.nanoTime();
        main.addTimer(200, false, () -> fired.set(true));
        assertEquals(DartEventLoop.Exit.QUIESCENT, main.run(true));
        assertTrue(fired.get(), "the timer ran before quiescence was reported");
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(200));
        assertEquals(1, group.quiescentPorts().size());
    }

    @Test
    void notQuiescentWhileAnotherIsolateHasATimer() throws InterruptedException {
        DartIsolateGroup group = new DartIsolateGroup();
        DartEventLoop main = group.newLoop("main");
        DartEventLoop worker = group.newLoop("worker");
        main.openPort("main", true, true);
        worker.openPort("worker", true, true);
        AtomicBoolean workerTimerFired = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        start("worker", () -> {
            worker.addTimer(200, false, () -> workerTimerFired.set(true));
            worker.run(false);
        }, failure);
        assertEquals(DartEventLoop.Exit.QUIESCENT, main.run(true));
        assertTrue(workerTimerFired.get(), "quiescence must wait for the other isolate's timer");
        worker.requestTerminate();
        joinAll();
        assertNoFailure(failure);
    }

    @Test
    void messageToIdleMainEndsItsQuiescenceWait() throws InterruptedException {
        // Main with exitOnQuiescence=false keeps waiting even though the group is quiescent,
        // and still takes a later message.
        DartIsolateGroup group = new DartIsolateGroup();
        DartEventLoop main = group.newLoop("main");
        DartReceivePortState port = main.openPort("p", true, true);
        List<Object> got = new ArrayList<>();
        port.setHandler(m -> {
            got.add(m);
            port.close();
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        start("late sender", () -> {
            Thread.sleep(200);
            new DartSendPort(port).sendCopied(7L);
        }, failure);
        assertEquals(DartEventLoop.Exit.FINISHED, main.run(false));
        assertEquals(List.of(7L), got);
        assertNoFailure(failure);
    }

    // ---------------------------------------------------------------- termination

    @Test
    void requestTerminateFromAnotherThreadStopsAWaitingLoop() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        loop.openPort("forever", true, true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        start("killer", () -> {
            Thread.sleep(100);
            loop.requestTerminate();
        }, failure);
        assertEquals(DartEventLoop.Exit.TERMINATED, loop.run(false));
        assertFalse(loop.post(() -> { }), "a terminated loop accepts no more events");
        assertNoFailure(failure);
    }

    @Test
    void requestTerminateStopsALoopWaitingForATimer() throws InterruptedException {
        DartEventLoop loop = new DartIsolateGroup().newLoop("main");
        AtomicBoolean fired = new AtomicBoolean();
        loop.addTimer(60_000, false, () -> fired.set(true));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        start("killer", () -> {
            Thread.sleep(100);
            loop.requestTerminate();
        }, failure);
        assertEquals(DartEventLoop.Exit.TERMINATED, loop.run(false));
        assertFalse(fired.get());
        assertNoFailure(failure);
    }

    @Test
    void requestTerminateWhileQuiescenceExitEnabled() throws InterruptedException {
        // Main waits (exit on quiescence) while another isolate, registered but never run,
        // counts as busy forever; only termination ends the wait.
        DartIsolateGroup group = new DartIsolateGroup();
        DartEventLoop main = group.newLoop("main");
        group.newLoop("never started"); // counts as busy: the group never becomes quiescent
        main.openPort("p", true, true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        start("killer", () -> {
            Thread.sleep(100);
            main.requestTerminate();
        }, failure);
        assertEquals(DartEventLoop.Exit.TERMINATED, main.run(true));
        assertNoFailure(failure);
    }

    @Test
    void terminatedWorkerLetsMainBecomeQuiescent() throws InterruptedException {
        DartIsolateGroup group = new DartIsolateGroup();
        DartEventLoop main = group.newLoop("main");
        DartEventLoop worker = group.newLoop("worker");
        DartReceivePortState mainPort = main.openPort("main", true, true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        start("worker", () -> {
            // Busy on a long timer; terminated from main's timer below.
            worker.addTimer(60_000, false, () -> fail("must not fire"));
            assertEquals(DartEventLoop.Exit.TERMINATED, worker.run(false));
        }, failure);
        main.addTimer(100, false, worker::requestTerminate);
        assertEquals(DartEventLoop.Exit.QUIESCENT, main.run(true));
        assertEquals(List.of(mainPort), group.quiescentPorts());
        joinAll();
        assertNoFailure(failure);
    }

    private void joinAll() throws InterruptedException {
        for (Thread t : threads) {
            t.join(5000);
            assertFalse(t.isAlive(), t.getName() + " did not finish");
        }
    }
}
