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
        FLOAT64("Float64List", 8),
        FLOAT32X4("Float32x4List", 16),
        INT32X4("Int32x4List", 16),
        FLOAT64X2("Float64x2List", 16);

        public final String dartName;
        public final int size;

        Kind(String dartName, int size) {
            this.dartName = dartName;
            this.size = size;
        }

        public boolean isFloat() {
            return this == FLOAT32 || this == FLOAT64;
        }

        public boolean isSimd() {
            return this == FLOAT32X4 || this == INT32X4 || this == FLOAT64X2;
        }

        /** The Dart type of the elements (for type errors). */
        public String elementTypeName() {
            return switch (this) {
                case FLOAT32, FLOAT64 -> "double";
                case FLOAT32X4 -> "Float32x4";
                case INT32X4 -> "Int32x4";
                case FLOAT64X2 -> "Float64x2";
                default -> "int";
            };
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
                case FLOAT32X4 -> new Float32x4List(buffer, offsetInBytes, length);
                case INT32X4 -> new Int32x4List(buffer, offsetInBytes, length);
                case FLOAT64X2 -> new Float64x2List(buffer, offsetInBytes, length);
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
        super(new Object[1], length, false, buffer.isReadOnly(), null);
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

    /** Whether {@code value} may be stored: an int for integer lists, a number for float lists, a lane vector for SIMD lists. */
    public final boolean accepts(Object value) {
        return switch (kind) {
            case FLOAT32X4 -> value instanceof DartSimd.Float32x4;
            case INT32X4 -> value instanceof DartSimd.Int32x4;
            case FLOAT64X2 -> value instanceof DartSimd.Float64x2;
            default -> value instanceof Long || (kind.isFloat() && value instanceof Double);
        };
    }

    /** The unmodifiable view of this list ({@code asUnmodifiableView}): the same elements through a read-only buffer. */
    public final DartTypedList unmodifiableView() {
        return isUnmodifiable() ? this : kind.wrap(buffer.readOnlyView(), offsetInBytes, size(), true);
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

    protected final float getFloat(int at) {
        return Float.intBitsToFloat(DartBytes.getInt(bytes, at, DartBytes.HOST_LITTLE_ENDIAN));
    }

    protected final void setFloat(int at, float value) {
        DartBytes.setInt(bytes, at, Float.floatToRawIntBits(value), DartBytes.HOST_LITTLE_ENDIAN);
    }

    protected final double getDouble(int at) {
        return Double.longBitsToDouble(DartBytes.getLong(bytes, at, DartBytes.HOST_LITTLE_ENDIAN));
    }

    protected final void setDouble(int at, double value) {
        DartBytes.setLong(bytes, at, Double.doubleToRawLongBits(value), DartBytes.HOST_LITTLE_ENDIAN);
    }

    public static final class Float32x4List extends DartTypedList {
        Float32x4List(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.FLOAT32X4, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            int at = at(index);
            return new DartSimd.Float32x4(getFloat(at), getFloat(at + 4), getFloat(at + 8), getFloat(at + 12));
        }

        @Override
        public void storeElement(int index, Object value) {
            DartSimd.Float32x4 v = (DartSimd.Float32x4) value;
            int at = at(index);
            setFloat(at, v.x());
            setFloat(at + 4, v.y());
            setFloat(at + 8, v.z());
            setFloat(at + 12, v.w());
        }
    }

    public static final class Int32x4List extends DartTypedList {
        Int32x4List(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.INT32X4, buffer, offsetInBytes, length);
        }

        private int lane(int at) {
            return DartBytes.getInt(bytes, at, DartBytes.HOST_LITTLE_ENDIAN);
        }

        private void setLane(int at, int value) {
            DartBytes.setInt(bytes, at, value, DartBytes.HOST_LITTLE_ENDIAN);
        }

        @Override
        public Object element(int index) {
            int at = at(index);
            return new DartSimd.Int32x4(lane(at), lane(at + 4), lane(at + 8), lane(at + 12));
        }

        @Override
        public void storeElement(int index, Object value) {
            DartSimd.Int32x4 v = (DartSimd.Int32x4) value;
            int at = at(index);
            setLane(at, v.x());
            setLane(at + 4, v.y());
            setLane(at + 8, v.z());
            setLane(at + 12, v.w());
        }
    }

    public static final class Float64x2List extends DartTypedList {
        Float64x2List(DartByteBuffer buffer, int offsetInBytes, int length) {
            super(Kind.FLOAT64X2, buffer, offsetInBytes, length);
        }

        @Override
        public Object element(int index) {
            int at = at(index);
            return new DartSimd.Float64x2(getDouble(at), getDouble(at + 8));
        }

        @Override
        public void storeElement(int index, Object value) {
            DartSimd.Float64x2 v = (DartSimd.Float64x2) value;
            int at = at(index);
            setDouble(at, v.x());
            setDouble(at + 8, v.y());
        }
    }
}
