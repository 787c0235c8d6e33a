package org.dartj.runtime.typed;

/**
 * dart:isolate's {@code TransferableTypedData}: bytes that move between isolates without a
 * copy. Sending hands the array to the receiver's object and empties the sender's;
 * {@code materialize} takes the array out once.
 */
public final class DartTransferableTypedData {
    private byte[] bytes;

    public DartTransferableTypedData(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The bytes, or null once transferred or materialized. */
    public synchronized byte[] peek() {
        return bytes;
    }

    /** Receives the bytes of a send (the receiver's object is made empty, then filled). */
    public synchronized void give(byte[] received) {
        bytes = received;
    }

    /** Takes the bytes out (null if already taken): materialize, or the hand-over of a send. */
    public synchronized byte[] take() {
        byte[] result = bytes;
        bytes = null;
        return result;
    }

    /** Dart's {@code toString} (the VM's class does not override Object's). */
    @Override
    public String toString() {
        return "Instance of '_TransferableTypedDataImpl'";
    }
}
