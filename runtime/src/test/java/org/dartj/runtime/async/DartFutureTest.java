package org.dartj.runtime.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dartj.runtime.DartException;
import org.dartj.runtime.isolate.DartEventLoop;
import org.dartj.runtime.isolate.DartIsolateGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.oracle.truffle.api.nodes.Node;

/** Dart Future delivery order: synchronous propagation, microtask listeners, chaining, errors. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DartFutureTest {

    private DartEventLoop loop;
    private final List<DartException> uncaught = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void setUp() {
        loop = new DartIsolateGroup().newLoop("main");
    }

    private DartFuture future() {
        return new DartFuture(loop, uncaught::add);
    }

    private static DartException error(String message) {
        return new DartException(message, (Node) null);
    }

    private DartFuture.Listener record(String name) {
        return f -> log.add(name + ":" + (f.isError() ? "error " + f.error().getValue() : f.value()));
    }

    @Test
    void listenerOnCompletedFutureRunsInALaterMicrotask() {
        DartFuture f = future();
        f.complete(1L);
        assertTrue(f.isComplete());
        f.addListener(record("a"));
        assertEquals(List.of(), log, "must not run synchronously");
        loop.scheduleMicrotask(() -> log.add("queued after"));
        loop.drainMicrotasks();
        assertEquals(List.of("a:1", "queued after"), log);
    }

    @Test
    void listenersOnCompletedFutureRunInRegistrationOrder() {
        DartFuture f = future();
        f.complete("v");
        f.addListener(record("a"));
        loop.scheduleMicrotask(() -> log.add("between"));
        f.addListener(record("b"));
        loop.drainMicrotasks();
        assertEquals(List.of("a:v", "between", "b:v"), log);
    }

    @Test
    void completeRunsExistingListenersSynchronouslyInOrder() {
        DartFuture f = future();
        f.addListener(record("a"));
        f.addListener(record("b"));
        f.addListener(record("c"));
        assertFalse(f.isComplete());
        assertFalse(f.isCompletingOrComplete());
        f.complete(5L);
        assertEquals(List.of("a:5", "b:5", "c:5"), log, "listeners run inside complete()");
        assertTrue(f.isComplete());
        assertFalse(f.isError());
        assertEquals(5L, f.value());
        loop.drainMicrotasks();
        assertEquals(3, log.size(), "listeners run exactly once");
    }

    @Test
    void listenerAddedByAListenerDuringCompletionRunsLater() {
        DartFuture f = future();
        f.addListener(fut -> {
            log.add("first");
            fut.addListener(record("nested"));
        });
        f.complete(2L);
        assertEquals(List.of("first"), log);
        loop.drainMicrotasks();
        assertEquals(List.of("first", "nested:2"), log);
    }

    @Test
    void completeAsyncCompletesOnlyAfterMicrotasksRun() {
        DartFuture f = future();
        f.addListener(record("a"));
        f.completeAsync(3L);
        assertFalse(f.isComplete());
        assertTrue(f.isCompletingOrComplete());
        assertEquals(List.of(), log);
        loop.drainMicrotasks();
        assertTrue(f.isComplete());
        assertEquals(3L, f.value());
        assertEquals(List.of("a:3"), log);
    }

    @Test
    void completeAsyncRespectsMicrotaskOrder() {
        DartFuture f = future();
        f.addListener(record("f"));
        loop.scheduleMicrotask(() -> log.add("earlier"));
        f.completeAsync(1L);
        loop.scheduleMicrotask(() -> log.add("later"));
        loop.drainMicrotasks();
        assertEquals(List.of("earlier", "f:1", "later"), log);
    }

    @Test
    void completeWithPendingFutureChains() {
        DartFuture source = future();
        DartFuture target = future();
        target.addListener(record("target"));
        target.complete(source);
        assertFalse(target.isComplete());
        assertTrue(target.isCompletingOrComplete());
        source.complete(7L);
        assertTrue(target.isComplete());
        assertEquals(7L, target.value());
        assertEquals(List.of("target:7"), log);
        loop.drainMicrotasks();
        assertEquals(List.of("target:7"), log);
    }

    @Test
    void completeWithCompletedFutureEventuallyTakesItsValue() {
        DartFuture source = future();
        source.complete("done");
        DartFuture target = future();
        target.addListener(record("target"));
        target.complete(source);
        loop.drainMicrotasks();
        assertTrue(target.isComplete());
        assertEquals("done", target.value());
        assertEquals(List.of("target:done"), log);
    }

    /**
     * Dart VM {@code _Future._complete(value)} with an already completed {@code _Future}
     * goes through {@code _chainCoreFuture}, which clones the result and propagates to the
     * listeners synchronously (the same happens in {@code _propagateToListeners} when a
     * {@code then} callback returns a completed future). DartFuture.complete instead adds a
     * listener to the source, which for a completed source runs only in a later microtask.
     */
    @Test
    void completeWithCompletedFutureCompletesSynchronously() {
        DartFuture source = future();
        source.complete("done");
        DartFuture target = future();
        target.addListener(record("target"));
        target.complete(source);
        log.add("after complete");
        assertTrue(target.isComplete());
        assertEquals(List.of("target:done", "after complete"), log);
    }

    @Test
    void completeAsyncWithFutureChains() {
        DartFuture source = future();
        DartFuture target = future();
        target.completeAsync(source);
        assertTrue(target.isCompletingOrComplete());
        source.completeAsync(9L);
        assertFalse(target.isComplete());
        loop.drainMicrotasks();
        assertTrue(target.isComplete());
        assertEquals(9L, target.value());
    }

    @Test
    void chainOfChainsCompletesWithTheInnermostValue() {
        DartFuture a = future();
        DartFuture b = future();
        DartFuture c = future();
        c.complete(b);
        b.complete(a);
        c.addListener(record("c"));
        a.complete(42L);
        assertEquals(42L, b.value());
        assertEquals(42L, c.value());
        assertEquals(List.of("c:42"), log);
    }

    @Test
    void chainedErrorIsPassedOn() {
        DartFuture source = future();
        DartFuture target = future();
        target.addListener(record("target"));
        target.complete(source);
        DartException e = error("boom");
        source.completeError(e);
        assertTrue(target.isError());
        assertSame(e, target.error());
        assertEquals(List.of("target:error boom"), log);
        assertEquals(List.of(), uncaught, "both futures had a listener");
    }

    @Test
    void chainedErrorWithoutFinalListenerIsReportedOnce() {
        DartFuture source = future();
        DartFuture target = future();
        target.complete(source);
        DartException e = error("lost");
        source.completeError(e);
        assertEquals(1, uncaught.size());
        assertSame(e, uncaught.get(0));
    }

    @Test
    void errorWithoutListenerIsUncaught() {
        DartFuture f = future();
        DartException e = error("unhandled");
        f.completeError(e);
        assertTrue(f.isComplete());
        assertTrue(f.isError());
        assertSame(e, f.error());
        assertEquals(1, uncaught.size());
        assertSame(e, uncaught.get(0));
        assertEquals("unhandled", uncaught.get(0).getMessage());
    }

    @Test
    void errorWithListenerIsNotUncaught() {
        DartFuture f = future();
        f.addListener(record("handler"));
        DartException e = error("handled");
        f.completeError(e);
        assertEquals(List.of("handler:error handled"), log);
        assertEquals(List.of(), uncaught);
        loop.drainMicrotasks();
        assertEquals(List.of(), uncaught);
    }

    @Test
    void asyncErrorWithListenerAddedBeforeMicrotasksIsNotUncaught() {
        // Future.error(e).catchError(...): the listener is attached in the same synchronous run.
        DartFuture f = future();
        f.completeErrorAsync(error("async"));
        f.addListener(record("catch"));
        assertEquals(List.of(), log);
        loop.drainMicrotasks();
        assertEquals(List.of("catch:error async"), log);
        assertEquals(List.of(), uncaught);
    }

    @Test
    void asyncErrorWithoutListenerIsUncaughtOnlyAfterMicrotasks() {
        DartFuture f = future();
        DartException e = error("later");
        f.completeErrorAsync(e);
        assertFalse(f.isComplete());
        assertEquals(List.of(), uncaught);
        loop.drainMicrotasks();
        assertEquals(List.of(e), uncaught);
    }

    @Test
    void errorWithoutUncaughtHandlerIsSilentlyKept() {
        DartFuture f = new DartFuture(loop, null);
        DartException e = error("nobody");
        f.completeError(e); // must not throw
        assertSame(e, f.error());
        f.addListener(record("late"));
        loop.drainMicrotasks();
        assertEquals(List.of("late:error nobody"), log);
    }

    @Test
    void futureKnowsItsLoop() {
        assertSame(loop, future().loop());
    }
}
