package org.dartj.builtins.isolate;

import java.util.ArrayList;
import java.util.List;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartIterator;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.runtime.typed.DartByteBuffer;
import org.dartj.runtime.typed.DartByteData;
import org.dartj.runtime.typed.DartTransferableTypedData;
import org.dartj.runtime.typed.DartTypedList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code TransferableTypedData}: {@code fromList} copies the bytes of the given typed data
 * into one array; sending moves that array to the receiver (the message copier);
 * {@code materialize} takes it out once, as a ByteBuffer.
 */
public final class TransferableTypedDataBuiltins {
    private TransferableTypedDataBuiltins() {
    }

    @DartBuiltin(library = "dart:isolate", owner = "TransferableTypedData", name = "fromList", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class FromListNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartTransferableTypedData fromList(Object list) {
            var classes = DartLanguage.get(this).coreClasses();
            if (!DartIterables.isIterable(list, classes)) {
                throw DartErrors.typeError(classes.classOf(list).getName(), "List<TypedData>", this);
            }
            // Two passes: check the elements and add up their lengths, then one array copy each.
            List<Object> parts = new ArrayList<>();
            long total = 0;
            DartIterator it = DartIterables.iterator(list);
            while (it.moveNext()) {
                Object element = it.current();
                if (element instanceof DartTypedList t) {
                    total += t.lengthInBytes();
                } else if (element instanceof DartByteData d) {
                    total += d.lengthInBytes();
                } else {
                    throw DartErrors.typeError(classes.classOf(element).getName(), "TypedData", this);
                }
                parts.add(element);
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw DartErrors.argumentError("Total length of the lists exceeds the maximum length of a byte array", this);
            }
            byte[] bytes = new byte[(int) total];
            int at = 0;
            for (Object part : parts) {
                if (part instanceof DartTypedList t) {
                    System.arraycopy(t.buffer().bytes(), t.offsetInBytes(), bytes, at, t.lengthInBytes());
                    at += t.lengthInBytes();
                } else {
                    DartByteData d = (DartByteData) part;
                    System.arraycopy(d.buffer().bytes(), d.offsetInBytes(), bytes, at, d.lengthInBytes());
                    at += d.lengthInBytes();
                }
            }
            return new DartTransferableTypedData(bytes);
        }
    }

    @DartBuiltin(library = "dart:isolate", owner = "TransferableTypedData", name = "materialize")
    public abstract static class MaterializeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartByteBuffer materialize(DartTransferableTypedData self) {
            byte[] bytes = self.take();
            if (bytes == null) {
                throw DartErrors.argumentErrorValue(DartToStringNode.toTruffleString("Attempt to materialize object that was transferred already."), this);
            }
            return new DartByteBuffer(bytes);
        }
    }
}
