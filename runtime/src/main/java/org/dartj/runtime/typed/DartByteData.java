package org.dartj.runtime.typed;

/**
 * A Dart {@code ByteData}: a view of {@code length} bytes of a {@link DartByteBuffer} from
 * {@code offsetInBytes}, read and written with an explicit byte order.
 */
public final class DartByteData {
    private final DartByteBuffer buffer;
    private final int offsetInBytes;
    private final int length;

    public DartByteData(DartByteBuffer buffer, int offsetInBytes, int length) {
        this.buffer = buffer;
        this.offsetInBytes = offsetInBytes;
        this.length = length;
    }

    public DartByteBuffer buffer() {
        return buffer;
    }

    public int offsetInBytes() {
        return offsetInBytes;
    }

    public int lengthInBytes() {
        return length;
    }

    /** An unmodifiable view ({@code asUnmodifiableView}, or made from a read-only buffer). */
    public boolean isReadOnly() {
        return buffer.isReadOnly();
    }

    /** Dart's {@code toString} (the VM's classes do not override Object's). */
    @Override
    public String toString() {
        return isReadOnly() ? "Instance of '_UnmodifiableByteDataView'" : "Instance of '_ByteDataView'";
    }
}
