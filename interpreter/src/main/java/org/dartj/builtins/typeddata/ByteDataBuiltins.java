package org.dartj.builtins.typeddata;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.runtime.typed.DartByteBuffer;
import org.dartj.runtime.typed.DartByteData;
import org.dartj.runtime.typed.DartTypedList;

import com.oracle.truffle.api.dsl.Specialization;

/**
 * The constructors and TypedData getters of {@code ByteData}; its get and set methods are in
 * {@link TypedDataFamilyBuiltins}.
 */
public final class ByteDataBuiltins {
    private ByteDataBuiltins() {
    }

    /** {@code ByteData(length)}: a view of a new buffer, as on the VM. */
    @DartBuiltin(owner = "ByteData", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewNode extends DartBuiltinNode {
        @Specialization
        protected DartByteData create(Object length) {
            DartTypedList bytes = DartTypedData.allocate(DartTypedList.Kind.UINT8, length, this);
            return new DartByteData(bytes.buffer(), 0, bytes.size());
        }
    }

    @DartBuiltin(owner = "ByteData", name = "view", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 2)
    public abstract static class ViewNode extends DartBuiltinNode {
        @Specialization
        protected DartByteData view(Object buffer, Object offsetInBytes, Object length) {
            return DartTypedData.byteDataView(DartTypedData.bufferArgument(buffer, this), offsetInBytes, length, this);
        }
    }

    @DartBuiltin(owner = "ByteData", name = "sublistView", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1, optional = 2)
    public abstract static class SublistViewNode extends DartBuiltinNode {
        @Specialization
        protected Object sublistView(Object data, Object start, Object end) {
            return DartTypedData.sublistView(null, data, start, end, this);
        }
    }

    @DartBuiltin(owner = "ByteData", name = "buffer", kind = DartBuiltin.Kind.GETTER)
    public abstract static class BufferNode extends DartBuiltinNode {
        @Specialization
        protected DartByteBuffer buffer(DartByteData self) {
            return self.buffer();
        }
    }

    @DartBuiltin(owner = "ByteData", name = "lengthInBytes", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthInBytesNode extends DartBuiltinNode {
        @Specialization
        protected long lengthInBytes(DartByteData self) {
            return self.lengthInBytes();
        }
    }

    @DartBuiltin(owner = "ByteData", name = "offsetInBytes", kind = DartBuiltin.Kind.GETTER)
    public abstract static class OffsetInBytesNode extends DartBuiltinNode {
        @Specialization
        protected long offsetInBytes(DartByteData self) {
            return self.offsetInBytes();
        }
    }

    @DartBuiltin(owner = "ByteData", name = "elementSizeInBytes", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ElementSizeInBytesNode extends DartBuiltinNode {
        @Specialization
        protected long elementSizeInBytes(DartByteData self) {
            return 1;
        }
    }

    /** {@code asUnmodifiableView()}: the same bytes through a read-only buffer; its setters throw. */
    @DartBuiltin(owner = "ByteData", name = "asUnmodifiableView")
    public abstract static class AsUnmodifiableViewNode extends DartBuiltinNode {
        @Specialization
        protected DartByteData asUnmodifiableView(DartByteData self) {
            return self.isReadOnly() ? self : new DartByteData(self.buffer().readOnlyView(), self.offsetInBytes(), self.lengthInBytes());
        }
    }

    /** {@code UnmodifiableByteDataView(data)}: {@code data.asUnmodifiableView()}. */
    @DartBuiltin(owner = "UnmodifiableByteDataView", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewUnmodifiableNode extends DartBuiltinNode {
        @Specialization
        protected DartByteData create(DartByteData data) {
            return data.isReadOnly() ? data : new DartByteData(data.buffer().readOnlyView(), data.offsetInBytes(), data.lengthInBytes());
        }
    }
}
