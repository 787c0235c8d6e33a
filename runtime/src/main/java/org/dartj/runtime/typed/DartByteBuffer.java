package org.dartj.runtime.typed;

/**
 * A Dart {@code ByteBuffer}: the bytes that typed lists and {@code ByteData} are views of.
 * Every view of one buffer holds this same object, so writes through one view are seen
 * through the others, and {@code list.buffer == other.buffer} is identity. Sending typed
 * data to another isolate copies {@link #bytes} once.
 */
public final class DartByteBuffer {
    private final byte[] bytes;
    /** The VM's {@code _UnmodifiableByteBufferView}: its lists and ByteData are unmodifiable views. */
    private final boolean readOnly;

    public DartByteBuffer(byte[] bytes, boolean readOnly) {
        this.bytes = bytes;
        this.readOnly = readOnly;
    }

    public DartByteBuffer(byte[] bytes) {
        this(bytes, false);
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

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The same bytes, read-only (the buffer of an unmodifiable view). */
    public DartByteBuffer readOnlyView() {
        return readOnly ? this : new DartByteBuffer(bytes, true);
    }

    /** Dart's {@code toString} (the VM's classes do not override Object's). */
    @Override
    public String toString() {
        return readOnly ? "Instance of '_UnmodifiableByteBufferView'" : "Instance of '_ByteBuffer'";
    }
}
