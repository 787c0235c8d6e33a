package org.dartj.runtime.isolate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Dart VM handles as an isolate's out-of-band messages: its control port, pause and
 * terminate capabilities, pause state, exit and error listeners and whether errors are
 * fatal. Requests ({@link Request}) arrive through the control port from any isolate and are
 * applied on the owner's thread before the next event, while paused, and at a safepoint of
 * running code ({@link DartEventLoop#postControl}). An immediate kill applies the requests
 * sent before it on the killer's thread, so the state is guarded by this object's monitor.
 */
public final class DartIsolateControl {
    /** A request sent to an isolate's control port, applied on the isolate's own thread. */
    public interface Request {
        void apply(DartIsolateControl control);
    }

    private final DartEventLoop loop;
    private final DartReceivePortState port;
    private final DartSendPort controlPort;
    private final DartCapability pauseCapability = new DartCapability();
    private final DartCapability terminateCapability = new DartCapability();
    private final List<DartCapability> resumeCapabilities = new ArrayList<>();
    private final List<DartSendPort> exitPorts = new ArrayList<>();
    private final List<Object> exitResponses = new ArrayList<>();
    private final List<DartSendPort> errorListeners = new ArrayList<>();
    private boolean errorsAreFatal = true;
    private volatile Runnable stopRunningCode;

    DartIsolateControl(DartEventLoop loop, DartReceivePortState port) {
        this.loop = loop;
        this.port = port;
        this.controlPort = new DartSendPort(port);
        port.setHandler(message -> {
            // Anything that is not a request (a Dart value sent to the control port) is ignored.
            if (message instanceof Request request) {
                request.apply(this);
            }
        });
    }

    public DartEventLoop loop() {
        return loop;
    }

    public DartSendPort controlPort() {
        return controlPort;
    }

    public DartCapability pauseCapability() {
        return pauseCapability;
    }

    public DartCapability terminateCapability() {
        return terminateCapability;
    }

    DartReceivePortState port() {
        return port;
    }

    /** Sends a request to this isolate (any thread); dropped if the isolate has ended. */
    public void send(Request request) {
        controlPort.sendCopied(request);
    }

    /** How running code of this isolate is cancelled by an immediate kill (set by the isolate's runner). */
    public void setStopRunningCode(Runnable action) {
        stopRunningCode = action;
    }

    /**
     * {@code kill(priority: immediate)} with the right capability, on the killer's thread:
     * the isolate stops even inside code that never returns to its event loop.
     */
    public void killNow() {
        loop.requestTerminate();
        // Requests sent before the kill (an exit listener, say) take effect before it.
        loop.runControlRequests();
        Runnable stop = stopRunningCode;
        if (stop != null) {
            stop.run();
        }
    }

    public synchronized boolean isPaused() {
        return !resumeCapabilities.isEmpty();
    }

    /** Pausing again with a capability that already pauses the isolate changes nothing. */
    public synchronized void pause(DartCapability capability, DartCapability resume) {
        if (capability == pauseCapability && !resumeCapabilities.contains(resume)) {
            resumeCapabilities.add(resume);
        }
    }

    public synchronized void resume(DartCapability capability, DartCapability resume) {
        if (capability == pauseCapability) {
            resumeCapabilities.remove(resume);
        }
    }

    /** An immediate ping answers now; a before-next-event one goes ahead of waiting events. */
    public void ping(DartSendPort responsePort, Object response, boolean immediate) {
        if (immediate) {
            responsePort.sendCopied(response);
        } else {
            loop.postFirst(() -> responsePort.sendCopied(response));
        }
    }

    public void kill(DartCapability capability, boolean immediate) {
        if (capability != terminateCapability) {
            return;
        }
        if (immediate) {
            loop.requestTerminate();
        } else {
            loop.postFirst(loop::requestTerminate);
        }
    }

    public synchronized void setErrorsFatal(DartCapability capability, boolean fatal) {
        if (capability == terminateCapability) {
            errorsAreFatal = fatal;
        }
    }

    public synchronized boolean errorsAreFatal() {
        return errorsAreFatal;
    }

    /** A port already listening gets the new response instead of a second notice. */
    public synchronized void addExitListener(DartSendPort responsePort, Object response) {
        int index = exitPorts.indexOf(responsePort);
        if (index >= 0) {
            exitResponses.set(index, response);
        } else {
            exitPorts.add(responsePort);
            exitResponses.add(response);
        }
    }

    public synchronized void removeExitListener(DartSendPort responsePort) {
        int index = exitPorts.indexOf(responsePort);
        if (index >= 0) {
            exitPorts.remove(index);
            exitResponses.remove(index);
        }
    }

    public synchronized void addErrorListener(DartSendPort listener) {
        if (!errorListeners.contains(listener)) {
            errorListeners.add(listener);
        }
    }

    public synchronized void removeErrorListener(DartSendPort listener) {
        errorListeners.remove(listener);
    }

    public synchronized List<DartSendPort> errorListeners() {
        return new ArrayList<>(errorListeners);
    }

    /**
     * The isolate has ended: every exit listener gets its response (a copy each). Messages
     * are sent outside this object's monitor (sending takes the group lock).
     */
    public void notifyExit() {
        List<DartSendPort> ports;
        List<Object> responses;
        synchronized (this) {
            ports = new ArrayList<>(exitPorts);
            responses = new ArrayList<>(exitResponses);
            exitPorts.clear();
            exitResponses.clear();
        }
        port.close();
        for (int i = 0; i < ports.size(); i++) {
            ports.get(i).sendCopied(DartMessageCopier.copy(responses.get(i)));
        }
    }
}
