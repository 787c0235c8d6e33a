package org.dartj.builtins.typeddata;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.runtime.typed.DartByteBuffer;
import org.dartj.runtime.typed.DartByteData;

import com.oracle.truffle.api.dsl.Specialization;

/**
 * The members of {@code ByteBuffer} ({@code asUint8List} and kin are in
 * {@link TypedDataFamilyBuiltins}). Every view of a buffer returns the same object from
 * {@code buffer}, so {@code ==} (identity) is the VM's "same data".
 */
public final class ByteBufferBuiltins {
    private ByteBufferBuiltins() {
    }

    @DartBuiltin(owner = "ByteBuffer", name = "lengthInBytes", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthInBytesNode extends DartBuiltinNode {
        @Specialization
        protected long lengthInBytes(DartByteBuffer self) {
            return self.lengthInBytes();
        }
    }

    @DartBuiltin(owner = "ByteBuffer", name = "asByteData", optional = 2)
    public abstract static class AsByteDataNode extends DartBuiltinNode {
        @Specialization
        protected DartByteData asByteData(DartByteBuffer self, Object offsetInBytes, Object length) {
            return DartTypedData.byteDataView(self, offsetInBytes, length, this);
        }
    }

    /** {@code UnmodifiableByteBufferView(buffer)}: the same bytes; the lists and ByteData it makes are unmodifiable views. */
    @DartBuiltin(owner = "UnmodifiableByteBufferView", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewUnmodifiableNode extends DartBuiltinNode {
        @Specialization
        protected DartByteBuffer create(DartByteBuffer buffer) {
            return buffer.readOnlyView();
        }
    }
}
