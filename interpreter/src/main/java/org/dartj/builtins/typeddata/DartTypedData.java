package org.dartj.builtins.typeddata;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartIterables;
import org.dartj.classes.DartCoreClasses;
import org.dartj.runtime.DartList;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.typed.DartByteBuffer;
import org.dartj.runtime.typed.DartByteData;
import org.dartj.runtime.typed.DartTypedList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * What the typed data builtins share: the checks and texts of the VM's typed_data patch
 * ({@code _rangeCheck}, {@code _offsetAlignmentCheck}, the index checks), making views, and
 * {@code setRange} with the VM's two paths (a raw byte copy between lists of the same element
 * size, element-wise assignment otherwise).
 */
public final class DartTypedData {
    private DartTypedData() {
    }

    static DartCoreClasses classes(Node node) {
        return DartLanguage.get(node).coreClasses();
    }

    /** The longest list of {@code kind} a Java byte array can hold. */
    static long maxLength(DartTypedList.Kind kind) {
        return (Integer.MAX_VALUE - 8) / kind.size;
    }

    /** {@code Uint8List(length)} and its kin. */
    @TruffleBoundary
    public static DartTypedList allocate(DartTypedList.Kind kind, Object lengthArg, Node node) {
        long length = intArgument(lengthArg, "length", node);
        if (length < 0 || length > maxLength(kind)) {
            throw DartErrors.rangeError(length, 0L, maxLength(kind), "length", node);
        }
        return kind.allocate((int) length);
    }

    /** An int argument; anything else is the TypeError of a typed parameter. */
    static long intArgument(Object value, String name, Node node) {
        if (value instanceof Long l) {
            return l;
        }
        throw DartErrors.typeError(classes(node).classOf(value).getName(), "int", node);
    }

    /** An optional int argument: {@code fallback} when absent (null). */
    static long optionalInt(Object value, long fallback, String name, Node node) {
        return value == DartNull.INSTANCE ? fallback : intArgument(value, name, node);
    }

    /** The VM's {@code _rangeCheck(listLength, start, length)}. */
    static void rangeCheck(long listLength, long start, long length, Node node) {
        if (length < 0) {
            throw valueNotInRange(length, node);
        }
        if (start < 0) {
            throw valueNotInRange(start, node);
        }
        if (start + length > listLength) {
            throw valueNotInRange(start + length, node);
        }
    }

    private static RuntimeException valueNotInRange(long value, Node node) {
        return DartErrors.rangeError(value, null, null, null, "Value not in range", node);
    }

    /** {@code buffer.asUint8List(offsetInBytes, length)} and its kin: a view sharing the buffer. */
    @TruffleBoundary
    public static DartTypedList view(DartTypedList.Kind kind, DartByteBuffer buffer, Object offsetArg, Object lengthArg, Node node) {
        long offset = optionalInt(offsetArg, 0, "offsetInBytes", node);
        long length = lengthArg == DartNull.INSTANCE ? (buffer.lengthInBytes() - offset) / kind.size : intArgument(lengthArg, "length", node);
        rangeCheck(buffer.lengthInBytes(), offset, length * kind.size, node);
        if (offset % kind.size != 0) {
            throw DartErrors.rangeErrorMessage("Offset (" + offset + ") must be a multiple of BYTES_PER_ELEMENT (" + kind.size + ")", node);
        }
        return kind.view(buffer, (int) offset, (int) length);
    }

    /** {@code buffer.asByteData(offsetInBytes, length)}. */
    @TruffleBoundary
    public static DartByteData byteDataView(DartByteBuffer buffer, Object offsetArg, Object lengthArg, Node node) {
        long offset = optionalInt(offsetArg, 0, "offsetInBytes", node);
        long length = lengthArg == DartNull.INSTANCE ? buffer.lengthInBytes() - offset : intArgument(lengthArg, "length", node);
        rangeCheck(buffer.lengthInBytes(), offset, length, node);
        return new DartByteData(buffer, (int) offset, (int) length);
    }

    /** A ByteBuffer argument (of {@code .view}); anything else is a TypeError. */
    static DartByteBuffer bufferArgument(Object value, Node node) {
        if (value instanceof DartByteBuffer b) {
            return b;
        }
        throw DartErrors.typeError(classes(node).classOf(value).getName(), "ByteBuffer", node);
    }

    /** The buffer, offset, length in bytes and element size of a TypedData argument. */
    record Span(DartByteBuffer buffer, int offsetInBytes, int lengthInBytes, int elementSize) {
    }

    static Span span(Object data, Node node) {
        if (data instanceof DartTypedList t) {
            return new Span(t.buffer(), t.offsetInBytes(), t.lengthInBytes(), t.kind().size);
        }
        if (data instanceof DartByteData d) {
            return new Span(d.buffer(), d.offsetInBytes(), d.lengthInBytes(), 1);
        }
        throw DartErrors.typeError(classes(node).classOf(data).getName(), "TypedData", node);
    }

    /** {@code Uint8List.sublistView(data, start, end)} and its kin (kind null: {@code ByteData.sublistView}). */
    @TruffleBoundary
    public static Object sublistView(DartTypedList.Kind kind, Object data, Object startArg, Object endArg, Node node) {
        Span span = span(data, node);
        long start = optionalInt(startArg, 0, "start", node);
        Long end = endArg == DartNull.INSTANCE ? null : intArgument(endArg, "end", node);
        long endIndex = DartErrors.checkValidRange(start, end, span.lengthInBytes / span.elementSize, node);
        long byteLength = (endIndex - start) * span.elementSize;
        long offset = span.offsetInBytes + start * span.elementSize;
        if (kind == null) {
            return byteDataView(span.buffer, offset, byteLength, node);
        }
        if (byteLength % kind.size != 0) {
            throw DartErrors.argumentErrorValue(org.dartj.builtins.core.DartToStringNode.toTruffleString(
                            "The number of bytes to view must be a multiple of " + kind.size), node);
        }
        return view(kind, span.buffer, offset, byteLength / kind.size, node);
    }

    /**
     * A copy of the bytes of a {@code Uint8List} or {@code Uint8ClampedList} (one array copy,
     * for the libraries that take {@code List<int>} bytes), or null for any other value.
     */
    public static byte[] unsignedBytes(Object value) {
        if (value instanceof DartTypedList t && (t.kind() == DartTypedList.Kind.UINT8 || t.kind() == DartTypedList.Kind.UINT8_CLAMPED)) {
            return java.util.Arrays.copyOfRange(t.buffer().bytes(), t.offsetInBytes(), t.offsetInBytes() + t.size());
        }
        return null;
    }

    /** The check before storing {@code value} into a typed list: the VM's TypeError for a wrong type. */
    public static void checkElement(DartTypedList list, Object value, Node node) {
        if (!list.accepts(value)) {
            throw elementTypeError(list, value, node);
        }
    }

    @TruffleBoundary
    private static RuntimeException elementTypeError(DartTypedList list, Object value, Node node) {
        String text = "type '" + classes(node).classOf(value).getName() + "' is not a subtype of type '" + list.kind().elementTypeName() + "' of 'value'";
        return DartErrors.error(classes(node).typeErrorImplClass, DartNull.INSTANCE, text, node);
    }

    /** The check of a write to an unmodifiable view: the VM's {@code []=} error. */
    static void checkModifiable(DartTypedList list, Node node) {
        if (list.isUnmodifiable()) {
            throw DartErrors.unsupported("Cannot modify an unmodifiable list", node);
        }
    }

    /** {@code list[index] = value} on a typed list, after the index check. */
    public static void store(DartTypedList list, int index, Object value, Node node) {
        checkElement(list, value, node);
        list.set(index, value);
    }

    /** {@code Uint8List.fromList(elements)}: a new list, then {@code setRange(0, length, elements)}. */
    @TruffleBoundary
    public static DartTypedList fromList(DartTypedList.Kind kind, Object elements, Node node) {
        if (!(elements instanceof DartList list)) {
            throw DartErrors.typeError(classes(node).classOf(elements).getName(), "List<" + kind.elementTypeName() + ">", node);
        }
        DartTypedList result = kind.allocate(list.size());
        setRange(result, 0, list.size(), list, 0, node);
        return result;
    }

    /**
     * The VM's {@code _setRange}: the range checks, then a raw copy of the bytes when
     * {@code from} is a typed list of the same element size (unless clamping is needed), else
     * element by element ({@code Lists.copy} order, through a temporary copy when both share a
     * buffer).
     */
    @TruffleBoundary
    public static void setRange(DartTypedList self, long start, long end, Object from, long skipCount, Node node) {
        int length = self.size();
        if (0 > start || start > end || end > length) {
            DartErrors.checkValidRange(start, end, length, node);
        }
        if (skipCount < 0) {
            throw DartErrors.rangeError(skipCount, 0L, null, "skipCount", node);
        }
        int count = (int) (end - start);
        if (from instanceof DartTypedList source && source.kind().size == self.kind().size &&
                        (source.kind() == self.kind() || !(source.kind().isSimd() || self.kind().isSimd())) &&
                        !(self.kind() == DartTypedList.Kind.UINT8_CLAMPED && source.kind() == DartTypedList.Kind.INT8)) {
            if (source.size() - skipCount < count) {
                throw DartErrors.stateError("Too few elements", node);
            }
            if (count == 0) {
                return;
            }
            int size = self.kind().size;
            System.arraycopy(source.buffer().bytes(), source.offsetInBytes() + (int) skipCount * size, self.buffer().bytes(), self.offsetInBytes() + (int) start * size, count * size);
            return;
        }
        Object[] values;
        int otherStart;
        if (from instanceof DartList list) {
            if (list.size() - skipCount < count) {
                throw DartErrors.stateError("Too few elements", node);
            }
            if (count == 0) {
                return;
            }
            if (from instanceof DartTypedList) {
                // Same buffer or not, reading everything first is what the VM's temporary list gives.
                values = list.toArray();
                otherStart = (int) skipCount;
            } else {
                values = null;
                otherStart = (int) skipCount;
                copy(list, otherStart, self, (int) start, count, node);
                return;
            }
        } else {
            if (!DartIterables.isIterable(from, classes(node))) {
                throw DartErrors.typeError(classes(node).classOf(from).getName(), "Iterable<" + self.kind().elementTypeName() + ">", node);
            }
            values = DartIterables.lazy(from, classes(node)).skip(skipCount).toList(false).toArray();
            otherStart = 0;
            if (values.length < count) {
                throw DartErrors.stateError("Too few elements", node);
            }
            if (count == 0) {
                return;
            }
        }
        for (int i = 0; i < count; i++) {
            store(self, (int) start + i, values[otherStart + i], node);
        }
    }

    /** {@code Lists.copy}: backwards when the source range starts before the target range. */
    private static void copy(DartList src, int srcStart, DartTypedList dst, int dstStart, int count, Node node) {
        if (srcStart < dstStart) {
            for (int i = srcStart + count - 1, j = dstStart + count - 1; i >= srcStart; i--, j--) {
                store(dst, j, src.get(i), node);
            }
        } else {
            for (int i = srcStart, j = dstStart; i < srcStart + count; i++, j++) {
                store(dst, j, src.get(i), node);
            }
        }
    }
}
