package org.dartj.runtime.isolate;

/**
 * A Dart {@code SendPort}: an immutable value naming one receive port. Shared, not copied,
 * when sent; equal to every other SendPort for the same port.
 */
public final class DartSendPort {
    private final DartReceivePortState port;

    public DartSendPort(DartReceivePortState port) {
        this.port = port;
    }

    /** Sends an already copied message; messages to closed or dead ports are dropped. */
    public void sendCopied(Object copiedMessage) {
        if (!port.isClosed()) {
            port.post(copiedMessage);
        }
    }

    /** The isolate whose control port this is, or null for an ordinary port. */
    public DartIsolateControl controlTarget() {
        return port.controls;
    }

    /** The program of the isolate that owns the port ({@link DartEventLoop#program()}). */
    public Object targetProgram() {
        return port.owner.program();
    }

    /** The debug name of the isolate that owns the port. */
    public String ownerName() {
        return port.ownerName();
    }

    public int portId() {
        return port.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DartSendPort other && other.port == port;
    }

    @Override
    public int hashCode() {
        return port.id() * 0x9E3779B1;
    }

    @Override
    public String toString() {
        return "SendPort";
    }
}
