package org.dartj.builtins.typeddata;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartCoreLibraries;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.typed.DartByteBuffer;
import org.dartj.runtime.typed.DartByteData;
import org.dartj.runtime.typed.DartBytes;
import org.dartj.runtime.typed.DartTypedList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * The members that every typed-list kind has once: its constructors ({@code Uint8List(n)},
 * {@code .fromList}, {@code .view}, {@code .sublistView}), its {@code bytesPerElement}
 * constants, and {@code ByteBuffer.asUint8List} and kin; plus {@code ByteData}'s get and set
 * methods, one pair per element kind. Each is one node class with the kind as a field,
 * installed per kind through {@link DartCoreLibraries#addFamilyMember}.
 */
public final class TypedDataFamilyBuiltins {
    private TypedDataFamilyBuiltins() {
    }

    enum Op { NEW, FROM_LIST, VIEW, SUBLIST_VIEW, BYTES_PER_ELEMENT, AS_LIST, UNMODIFIABLE_VIEW }

    public static void install(DartCoreLibraries libraries) {
        for (DartTypedList.Kind kind : DartTypedList.Kind.values()) {
            String owner = kind.dartName;
            libraries.addFamilyMember(owner, "", DartBuiltin.Kind.CONSTRUCTOR, 1, 0, args -> new KindNode(Op.NEW, kind, args));
            libraries.addFamilyMember(owner, "fromList", DartBuiltin.Kind.CONSTRUCTOR, 1, 0, args -> new KindNode(Op.FROM_LIST, kind, args));
            libraries.addFamilyMember(owner, "view", DartBuiltin.Kind.CONSTRUCTOR, 1, 2, args -> new KindNode(Op.VIEW, kind, args));
            libraries.addFamilyMember(owner, "sublistView", DartBuiltin.Kind.CONSTRUCTOR, 1, 2, args -> new KindNode(Op.SUBLIST_VIEW, kind, args));
            libraries.addFamilyMember(owner, "bytesPerElement", DartBuiltin.Kind.STATIC_GETTER, 0, 0, args -> new KindNode(Op.BYTES_PER_ELEMENT, kind, args));
            libraries.addFamilyMember(owner, "BYTES_PER_ELEMENT", DartBuiltin.Kind.STATIC_GETTER, 0, 0, args -> new KindNode(Op.BYTES_PER_ELEMENT, kind, args));
            libraries.addFamilyMember("ByteBuffer", "as" + kind.dartName, DartBuiltin.Kind.METHOD, 0, 2, args -> new KindNode(Op.AS_LIST, kind, args));
            libraries.addFamilyMember("Unmodifiable" + kind.dartName + "View", "", DartBuiltin.Kind.CONSTRUCTOR, 1, 0, args -> new KindNode(Op.UNMODIFIABLE_VIEW, kind, args));
            if (kind != DartTypedList.Kind.UINT8_CLAMPED && !kind.isSimd()) {
                String type = kind.dartName.substring(0, kind.dartName.length() - "List".length());
                boolean endian = kind.size > 1;
                libraries.addFamilyMember("ByteData", "get" + type, DartBuiltin.Kind.METHOD, 1, endian ? 1 : 0, args -> new ByteDataGetNode(kind, args));
                libraries.addFamilyMember("ByteData", "set" + type, DartBuiltin.Kind.METHOD, 2, endian ? 1 : 0, args -> new ByteDataSetNode(kind, args));
            }
        }
    }

    /** Evaluates the argument nodes. */
    abstract static class ArgumentsNode extends DartExpressionNode {
        @Children private final DartExpressionNode[] args;

        ArgumentsNode(DartExpressionNode[] args) {
            this.args = args;
        }

        @ExplodeLoop
        final Object[] arguments(VirtualFrame frame) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].executeGeneric(frame);
            }
            return values;
        }
    }

    static final class KindNode extends ArgumentsNode {
        private final Op op;
        private final DartTypedList.Kind kind;

        KindNode(Op op, DartTypedList.Kind kind, DartExpressionNode[] args) {
            super(args);
            this.op = op;
            this.kind = kind;
        }

        /** {@code UnmodifiableUint8ListView(list)} and its kin: {@code list.asUnmodifiableView()}. */
        @TruffleBoundary
        private DartTypedList unmodifiableView(Object list) {
            if (list instanceof DartTypedList t && t.kind() == kind) {
                return t.unmodifiableView();
            }
            throw DartErrors.typeError(DartTypedData.classes(this).classOf(list).getName(), kind.dartName, this);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object[] a = arguments(frame);
            return switch (op) {
                case NEW -> DartTypedData.allocate(kind, a[0], this);
                case FROM_LIST -> DartTypedData.fromList(kind, a[0], this);
                case VIEW -> DartTypedData.view(kind, DartTypedData.bufferArgument(a[0], this), a[1], a[2], this);
                case SUBLIST_VIEW -> DartTypedData.sublistView(kind, a[0], a[1], a[2], this);
                case BYTES_PER_ELEMENT -> (long) kind.size;
                case AS_LIST -> DartTypedData.view(kind, (DartByteBuffer) a[0], a[1], a[2], this);
                case UNMODIFIABLE_VIEW -> unmodifiableView(a[0]);
            };
        }
    }

    /** The byte order of an optional Endian argument: big when absent, as in Dart. */
    static boolean little(Object endian, DartExpressionNode node) {
        if (endian == DartNull.INSTANCE) {
            return false;
        }
        if (endian instanceof DartEndian e) {
            return e.isLittle();
        }
        throw DartErrors.typeError(DartTypedData.classes(node).classOf(endian).getName(), "Endian", node);
    }

    /** The VM's bounds check of an access to {@code size} bytes at {@code byteOffset}; the byte index. */
    static int checkOffset(DartByteData data, Object offsetArg, int size, DartExpressionNode node) {
        long byteOffset = DartTypedData.intArgument(offsetArg, "byteOffset", node);
        long length = data.lengthInBytes();
        if (byteOffset + size - 1 < 0 || byteOffset + size - 1 >= length) {
            throw DartErrors.indexOutOfRange(byteOffset + size - 1, length, "byteOffset", node);
        }
        if (byteOffset < 0) {
            throw DartErrors.indexOutOfRange(byteOffset, length, "byteOffset", node);
        }
        return data.offsetInBytes() + (int) byteOffset;
    }

    static final class ByteDataGetNode extends ArgumentsNode {
        private final DartTypedList.Kind kind;

        ByteDataGetNode(DartTypedList.Kind kind, DartExpressionNode[] args) {
            super(args);
            this.kind = kind;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object[] a = arguments(frame);
            return get((DartByteData) a[0], a[1], a.length > 2 ? a[2] : DartNull.INSTANCE);
        }

        @TruffleBoundary
        private Object get(DartByteData data, Object offset, Object endian) {
            int at = checkOffset(data, offset, kind.size, this);
            boolean little = little(endian, this);
            byte[] b = data.buffer().bytes();
            return switch (kind) {
                case INT8 -> (long) b[at];
                case UINT8, UINT8_CLAMPED -> (long) (b[at] & 0xFF);
                case INT16 -> (long) DartBytes.getShort(b, at, little);
                case UINT16 -> (long) (DartBytes.getShort(b, at, little) & 0xFFFF);
                case INT32 -> (long) DartBytes.getInt(b, at, little);
                case UINT32 -> DartBytes.getInt(b, at, little) & 0xFFFFFFFFL;
                case INT64, UINT64 -> DartBytes.getLong(b, at, little);
                case FLOAT32 -> (double) Float.intBitsToFloat(DartBytes.getInt(b, at, little));
                case FLOAT64 -> Double.longBitsToDouble(DartBytes.getLong(b, at, little));
                case FLOAT32X4, INT32X4, FLOAT64X2 -> throw new AssertionError("ByteData has no " + kind.dartName + " getter");
            };
        }
    }

    static final class ByteDataSetNode extends ArgumentsNode {
        private final DartTypedList.Kind kind;

        ByteDataSetNode(DartTypedList.Kind kind, DartExpressionNode[] args) {
            super(args);
            this.kind = kind;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object[] a = arguments(frame);
            set((DartByteData) a[0], a[1], a[2], a.length > 3 ? a[3] : DartNull.INSTANCE);
            return DartNull.INSTANCE;
        }

        @TruffleBoundary
        private void set(DartByteData data, Object offset, Object value, Object endian) {
            if (data.isReadOnly()) {
                throw DartErrors.unsupported("Cannot modify an unmodifiable list", this);
            }
            int at = checkOffset(data, offset, kind.size, this);
            boolean little = little(endian, this);
            byte[] b = data.buffer().bytes();
            if (kind.isFloat()) {
                double d;
                if (value instanceof Double v) {
                    d = v;
                } else if (value instanceof Long l) {
                    d = l;
                } else {
                    throw DartErrors.typeError(DartTypedData.classes(this).classOf(value).getName(), "double", this);
                }
                if (kind == DartTypedList.Kind.FLOAT32) {
                    DartBytes.setInt(b, at, Float.floatToRawIntBits((float) d), little);
                } else {
                    DartBytes.setLong(b, at, Double.doubleToRawLongBits(d), little);
                }
                return;
            }
            long v = DartTypedData.intArgument(value, "value", this);
            switch (kind.size) {
                case 1 -> b[at] = (byte) v;
                case 2 -> DartBytes.setShort(b, at, (short) v, little);
                case 4 -> DartBytes.setInt(b, at, (int) v, little);
                default -> DartBytes.setLong(b, at, v, little);
            }
        }
    }
}
