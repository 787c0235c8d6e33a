package org.dartj.runtime.isolate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The receiving end of a port, owned by one isolate. Messages arrive as events on the
 * owner's loop; until a handler is set they are buffered (ReceivePort is a stream that
 * buffers until listened to).
 */
public final class DartReceivePortState {
    final int id;
    final DartEventLoop owner;
    private final String createdAt;
    private Consumer<Object> handler;
    private List<Object> buffered;
    private boolean closed;
    private boolean bufferUntilListened;
    /** The isolate this port controls, for an isolate's control port; else null. */
    DartIsolateControl controls;

    DartReceivePortState(int id, DartEventLoop owner, String createdAt, boolean bufferUntilListened) {
        this.id = id;
        this.owner = owner;
        this.createdAt = createdAt;
        this.bufferUntilListened = bufferUntilListened;
    }

    public int id() {
        return id;
    }

    public String createdAt() {
        return createdAt;
    }

    public String ownerName() {
        return owner.debugName();
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Sets the handler (owner thread). Messages buffered before it are delivered in order in
     * a later microtask, as a Dart stream delivers events that arrived before its listener.
     */
    public void setHandler(Consumer<Object> newHandler) {
        this.handler = newHandler;
        if (buffered != null && newHandler != null) {
            List<Object> pending = buffered;
            buffered = null;
            owner.scheduleMicrotask(() -> {
                for (Object message : pending) {
                    if (closed || handler == null) {
                        break;
                    }
                    handler.accept(message);
                }
            });
        }
    }

    public boolean hasHandler() {
        return handler != null;
    }

    /** {@code ReceivePort.fromRawReceivePort}: from now on messages wait for a listener. */
    public void bufferUntilListened() {
        bufferUntilListened = true;
    }

    public boolean isKeepAlive() {
        return owner.isKeepAlive(this);
    }

    /** RawReceivePort.keepIsolateAlive (owner thread). */
    public void setKeepAlive(boolean keepAlive) {
        owner.setKeepAlive(this, keepAlive && !closed);
    }

    /** Closes the port (owner thread): later messages are dropped; the isolate may exit. */
    public void close() {
        if (!closed) {
            closed = true;
            buffered = null;
            owner.portClosed(this);
        }
    }

    /** Posts an already copied message to the owner's queue (any thread). */
    public void post(Object copiedMessage) {
        if (controls != null) {
            owner.postControl(() -> deliver(copiedMessage));
        } else {
            owner.post(() -> deliver(copiedMessage));
        }
    }

    private void deliver(Object message) {
        if (closed) {
            return;
        }
        if (handler != null) {
            handler.accept(message);
        } else if (bufferUntilListened) {
            if (buffered == null) {
                buffered = new ArrayList<>();
            }
            buffered.add(message);
        }
    }
}
