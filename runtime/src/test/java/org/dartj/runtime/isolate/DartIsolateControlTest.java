package org.dartj.runtime.isolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Out-of-band control of an isolate (pause counting, capabilities, ping priorities, kill
 * before the next event, exit listeners), run single-threaded on the test thread: control
 * requests and events are queued first, then the loop runs until it ends.
 */
@Timeout(10)
class DartIsolateControlTest {
    private final DartIsolateGroup group = new DartIsolateGroup();
    private final DartEventLoop loop = group.newLoop("main");
    private final DartIsolateControl control = loop.control();
    private final List<Object> log = new ArrayList<>();

    /** A non-keep-alive port of the loop whose messages go to the log. */
    private DartSendPort logPort() {
        DartReceivePortState state = loop.openPort("test", false, false);
        state.setHandler(log::add);
        return new DartSendPort(state);
    }

    private void event(String name) {
        loop.post(() -> log.add(name));
    }

    @Test
    void pausingTwiceWithOneCapabilityNeedsOneResume() {
        DartCapability resume = new DartCapability();
        control.pause(control.pauseCapability(), resume);
        control.pause(control.pauseCapability(), resume);
        assertTrue(control.isPaused());
        control.resume(control.pauseCapability(), resume);
        assertFalse(control.isPaused());
    }

    @Test
    void twoCapabilitiesNeedTwoResumes() {
        DartCapability first = new DartCapability();
        DartCapability second = new DartCapability();
        control.pause(control.pauseCapability(), first);
        control.pause(control.pauseCapability(), second);
        control.resume(control.pauseCapability(), first);
        assertTrue(control.isPaused());
        control.resume(control.pauseCapability(), second);
        assertFalse(control.isPaused());
    }

    @Test
    void requestsWithoutThePauseOrTerminateCapabilityAreIgnored() {
        DartCapability forged = new DartCapability();
        control.pause(forged, forged);
        assertFalse(control.isPaused());
        control.setErrorsFatal(forged, false);
        assertTrue(control.errorsAreFatal());
        control.setErrorsFatal(control.terminateCapability(), false);
        assertFalse(control.errorsAreFatal());
    }

    @Test
    void controlRequestsRunBeforeQueuedEventsAndResumeDeliversThem() throws InterruptedException {
        control.pause(control.pauseCapability(), control.pauseCapability());
        event("event");
        control.send(c -> {
            log.add("control while paused");
            c.resume(c.pauseCapability(), c.pauseCapability());
        });
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(List.of("control while paused", "event"), log);
    }

    @Test
    void beforeNextEventPingGoesAheadOfQueuedEvents() throws InterruptedException {
        // The answers go to another isolate's port, so their order is the order they were sent.
        DartEventLoop other = group.newLoop("other");
        DartReceivePortState answers = other.openPort("answers", false, false);
        answers.setHandler(log::add);
        DartSendPort port = new DartSendPort(answers);
        loop.post(() -> port.sendCopied("queued event"));
        control.send(c -> c.ping(port, "before next event", false));
        control.send(c -> c.ping(port, "immediate", true));
        assertEquals(DartEventLoop.Exit.FINISHED, loop.run(false));
        assertEquals(DartEventLoop.Exit.FINISHED, other.run(false));
        assertEquals(List.of("immediate", "before next event", "queued event"), log);
    }

    @Test
    void killBeforeNextEventWhilePausedTakesEffectOnResumeAheadOfEvents() throws InterruptedException {
        control.pause(control.pauseCapability(), control.pauseCapability());
        event("never delivered");
        control.send(c -> c.kill(c.terminateCapability(), false));
        control.send(c -> c.kill(new DartCapability(), true));
        control.send(c -> c.resume(c.pauseCapability(), c.pauseCapability()));
        assertEquals(DartEventLoop.Exit.TERMINATED, loop.run(false));
        assertEquals(List.of(), log);
    }

    @Test
    void exitListenersGetTheLatestResponseOnceAndRemovedOnesNothing() throws InterruptedException {
        DartEventLoop listener = group.newLoop("listener");
        DartReceivePortState a = listener.openPort("a", false, false);
        DartReceivePortState b = listener.openPort("b", false, false);
        a.setHandler(m -> log.add("a " + m));
        b.setHandler(m -> log.add("b " + m));
        control.addExitListener(new DartSendPort(a), "first");
        control.addExitListener(new DartSendPort(b), "removed");
        control.addExitListener(new DartSendPort(a), "latest");
        control.removeExitListener(new DartSendPort(b));
        control.notifyExit();
        loop.markExited();
        assertEquals(DartEventLoop.Exit.FINISHED, listener.run(false));
        assertEquals(List.of("a latest"), log);
    }

    @Test
    void errorListenersAreNotDuplicated() {
        DartSendPort port = logPort();
        control.addErrorListener(port);
        control.addErrorListener(new DartSendPort(loop.openPort("other", false, false)));
        control.addErrorListener(port);
        assertEquals(2, control.errorListeners().size());
        control.removeErrorListener(port);
        assertEquals(1, control.errorListeners().size());
    }
}
