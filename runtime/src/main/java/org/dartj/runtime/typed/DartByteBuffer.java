package org.dartj.runtime.typed;

/**
 * A Dart {@code ByteBuffer}: the bytes that typed lists and {@code ByteData} are views of.
 * Every view of one buffer holds this same object, so writes through one view are seen
 * through the others, and {@code list.buffer == other.buffer} is identity. Sending typed
 * data to another isolate copies {@link #bytes} once.
 */
public final class DartByteBuffer {
    private final byte[] bytes;

    public DartByteBuffer(byte[] bytes) {
        this.bytes = bytes;
    }

    public DartByteBuffer(int lengthInBytes) {
        this(new byte[lengthInBytes]);
    }

    public byte[] bytes() {
        return bytes;
    }

    public int lengthInBytes() {
        return bytes.length;
    }

    /** Dart's {@code toString} (the VM's class does not override Object's). */
    @Override
    public String toString() {
        return "Instance of '_ByteBuffer'";
    }
}
