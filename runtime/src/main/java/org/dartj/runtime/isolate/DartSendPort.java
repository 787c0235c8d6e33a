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
