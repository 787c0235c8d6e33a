package org.dartj.runtime.typed;

import org.dartj.runtime.DartList;

/**
 * A dart:typed_data list ({@code Uint8List}, {@code Float64List}, ...): a fixed-length
 * {@link DartList} whose elements are {@code length} values of one {@link Kind} stored in a
 * {@link DartByteBuffer} from {@code offsetInBytes}, in the host's byte order. Writes wrap,
 * clamp or round the value the way the Dart VM stores it. The builtins check element types
 * before {@link #set}; the list is not growable, so the builtins never reach the growable-list
 * operations of {@link DartList}.
 */
public abstract class DartTypedList extends DartList {
    /** The element kinds, with the name of their Dart class and their size in bytes. */
    public enum Kind {
        INT8("Int8List", 1),
        UINT8("Uint8List", 1),
        UINT8_CLAMPED("Uint8ClampedList", 1),
        INT16("Int16List", 2),
        UINT16("Uint16List", 2),
        INT32("Int32List", 4),
        UINT32("Uint32List", 4),
        INT64("Int64List", 8),
        UINT64("Uint64List", 8),
        FLOAT32("Float32List", 4),
        FLOAT64("Float64List", 8);

        public final String dartName;
        public final int size;

        Kind(String dartName, int size) {
            this.dartName = dartName;
            this.size = size;
        }

        public boolean isFloat() {
            return this == FLOAT32 || this == FLOAT64;
        }

        /** A view ({@code Uint8List.view}, {@code buffer.asUint8List}, ...) of {@code length} elements of {@code buffer} from {@code offsetInBytes}. */
        public DartTypedList view(DartByteBuffer buffer, int offsetInBytes, int length) {
            return wrap(buffer, offsetInBytes, length, true);
        }

        /** A list of this kind over {@code buffer}; {@code view} says whether the VM would make it a view object. */
        public DartTypedList wrap(DartByteBuffer buffer, int offsetInBytes, int length, boolean view) {
            DartTypedList list = switch (this) {
                case INT8 -> new Int8(buffer, offsetInBytes, length);
                case UINT8 -> new Uint8(buffer, offsetInBytes, length);
                case UINT8_CLAMPED -> new Uint8Clamped(buffer, offsetInBytes, length);
                case INT16 -> new Int16(buffer, offsetInBytes, length);
                case UINT16 -> new Uint16(buffer, offsetInBytes, length);
                case INT32 -> new Int32(buffer, offsetInBytes, length);
                case UINT32 -> new Uint32(buffer, offsetInBytes, length);
                case INT64 -> new Int64(buffer, offsetInBytes, length);
                case UINT64 -> new Uint64(buffer, offsetInBytes, length);
                case FLOAT32 -> new Float32(buffer, offsetInBytes, length);
                case FLOAT64 -> new Float64(buffer, offsetInBytes, length);
            };
            list.view = view;
            return list;
        }

        /** A new zero-filled list of {@code length} elements with a buffer of its own. */
        public DartTypedList allocate(int length) {
            return wrap(new DartByteBuffer(length * size), 0, length, false);
        }
    }

    protected final byte[] bytes;
    private final DartByteBuffer buffer;
    private final int offsetInBytes;
    private final Kind kind;
    /** Made as a view of a buffer (the VM's {@code _Uint8ArrayView} and kin), not as a list of its own. */
    private boolean view;

    protected DartTypedList(Kind kind, DartByteBuffer buffer, int offsetInBytes, int length) {
        // The Object[] of a plain list is never used: a typed list's length never changes.
        super(new Object[1], length, false, false, null);
        this.kind = kind;
        this.buffer = buffer;
        this.bytes = buffer.bytes();
        this.offsetInBytes = offsetInBytes;
    }

    public final Kind kind() {
        return kind;
    }

    public final boolean isView() {
        return view;
    }

    public final DartByteBuffer buffer() {
        return buffer;
    }

    public final int offsetInBytes() {
        return offsetInBytes;
    }

    public final int lengthInBytes() {
        return size() * kind.size;
    }

    /** The byte index of element {@code index}. */
    protected final int at(int index) {
        return offsetInBytes + index * kind.size;
    }

    /** Whether {@code value} may be stored: an int for integer lists, a number for float lists. */
    public final boolean accepts(Object value) {
        return value instanceof Long || (kind.isFloat() && value instanceof Double);
    }

    protected static long longValue(Object value) {
        return (Long) value;
    }

    protected static double doubleValue(Object value) {
        return value instanceof Double d ? d : (double) (Long) value;
    }

    /** Element {@code index} ({@link DartList#get} of a typed list). */
    public abstract Object element(int index);

    /** Stores {@code value}, which {@link #accepts} must allow ({@link DartList#set} of a typed list). */
    public abstract void storeElement(int index, Object value);

    /** The elements, boxed ({@link DartList#toArray} of a typed list). */
    public final Object[] elements() {
        Object[] values = new Object[size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = element(i);
        }
        return values;
    }

    public static final class Int8 extends DartTypedList {
        Int8(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.INT8, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return (long) bytes[at(index)];
        }

        @Override
        public void storeElement(int index, Object value) {
            bytes[at(index)] = (byte) longValue(value);
        }
    }

    public static final class Uint8 extends DartTypedList {
        Uint8(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.UINT8, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return (long) (bytes[at(index)] & 0xFF);
        }

        @Override
        public void storeElement(int index, Object value) {
            bytes[at(index)] = (byte) longValue(value);
        }
    }

    public static final class Uint8Clamped extends DartTypedList {
        Uint8Clamped(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.UINT8_CLAMPED, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return (long) (bytes[at(index)] & 0xFF);
        }

        @Override
        public void storeElement(int index, Object value) {
            long v = longValue(value);
            bytes[at(index)] = (byte) (v < 0 ? 0 : v > 0xFF ? 0xFF : v);
        }
    }

    public static final class Int16 extends DartTypedList {
        Int16(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.INT16, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return (long) DartBytes.getShort(bytes, at(index), DartBytes.HOST_LITTLE_ENDIAN);
        }

        @Override
        public void storeElement(int index, Object value) {
            DartBytes.setShort(bytes, at(index), (short) longValue(value), DartBytes.HOST_LITTLE_ENDIAN);
        }
    }

    public static final class Uint16 extends DartTypedList {
        Uint16(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.UINT16, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return (long) (DartBytes.getShort(bytes, at(index), DartBytes.HOST_LITTLE_ENDIAN) & 0xFFFF);
        }

        @Override
        public void storeElement(int index, Object value) {
            DartBytes.setShort(bytes, at(index), (short) longValue(value), DartBytes.HOST_LITTLE_ENDIAN);
        }
    }

    public static final class Int32 extends DartTypedList {
        Int32(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.INT32, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return (long) DartBytes.getInt(bytes, at(index), DartBytes.HOST_LITTLE_ENDIAN);
        }

        @Override
        public void storeElement(int index, Object value) {
            DartBytes.setInt(bytes, at(index), (int) longValue(value), DartBytes.HOST_LITTLE_ENDIAN);
        }
    }

    public static final class Uint32 extends DartTypedList {
        Uint32(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.UINT32, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return DartBytes.getInt(bytes, at(index), DartBytes.HOST_LITTLE_ENDIAN) & 0xFFFFFFFFL;
        }

        @Override
        public void storeElement(int index, Object value) {
            DartBytes.setInt(bytes, at(index), (int) longValue(value), DartBytes.HOST_LITTLE_ENDIAN);
        }
    }

    public static final class Int64 extends DartTypedList {
        Int64(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.INT64, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return DartBytes.getLong(bytes, at(index), DartBytes.HOST_LITTLE_ENDIAN);
        }

        @Override
        public void storeElement(int index, Object value) {
            DartBytes.setLong(bytes, at(index), longValue(value), DartBytes.HOST_LITTLE_ENDIAN);
        }
    }

    /** Dart's int is 64-bit signed: an element of 2^63 or more reads as a negative int, as on the VM. */
    public static final class Uint64 extends DartTypedList {
        Uint64(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.UINT64, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return DartBytes.getLong(bytes, at(index), DartBytes.HOST_LITTLE_ENDIAN);
        }

        @Override
        public void storeElement(int index, Object value) {
            DartBytes.setLong(bytes, at(index), longValue(value), DartBytes.HOST_LITTLE_ENDIAN);
        }
    }

    public static final class Float32 extends DartTypedList {
        Float32(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.FLOAT32, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return (double) Float.intBitsToFloat(DartBytes.getInt(bytes, at(index), DartBytes.HOST_LITTLE_ENDIAN));
        }

        @Override
        public void storeElement(int index, Object value) {
            DartBytes.setInt(bytes, at(index), Float.floatToRawIntBits((float) doubleValue(value)), DartBytes.HOST_LITTLE_ENDIAN);
        }
    }

    public static final class Float64 extends DartTypedList {
        Float64(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.FLOAT64, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            return Double.longBitsToDouble(DartBytes.getLong(bytes, at(index), DartBytes.HOST_LITTLE_ENDIAN));
        }

        @Override
        public void storeElement(int index, Object value) {
            DartBytes.setLong(bytes, at(index), Double.doubleToRawLongBits(doubleValue(value)), DartBytes.HOST_LITTLE_ENDIAN);
        }
    }
}
