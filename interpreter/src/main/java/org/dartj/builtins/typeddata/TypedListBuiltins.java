package org.dartj.builtins.typeddata;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartIterables;
import org.dartj.builtins.core.DartToStringNode;
import org.dartj.runtime.DartNull;
import org.dartj.runtime.typed.DartByteBuffer;
import org.dartj.runtime.typed.DartTypedList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * The members of the typed-data lists ({@code Uint8List}, ...) that differ from a fixed-length
 * List's: TypedData's getters and the members that store elements (with the VM's
 * {@code _TypedListMixin} semantics). Every other List member is List's own: a typed list is
 * a fixed-length {@code DartList}.
 */
public final class TypedListBuiltins {
    private TypedListBuiltins() {
    }

    @DartBuiltin(owner = "_TypedList", name = "buffer", kind = DartBuiltin.Kind.GETTER)
    public abstract static class BufferNode extends DartBuiltinNode {
        @Specialization
        protected DartByteBuffer buffer(DartTypedList self) {
            return self.buffer();
        }
    }

    @DartBuiltin(owner = "_TypedList", name = "lengthInBytes", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthInBytesNode extends DartBuiltinNode {
        @Specialization
        protected long lengthInBytes(DartTypedList self) {
            return self.lengthInBytes();
        }
    }

    @DartBuiltin(owner = "_TypedList", name = "offsetInBytes", kind = DartBuiltin.Kind.GETTER)
    public abstract static class OffsetInBytesNode extends DartBuiltinNode {
        @Specialization
        protected long offsetInBytes(DartTypedList self) {
            return self.offsetInBytes();
        }
    }

    @DartBuiltin(owner = "_TypedList", name = "elementSizeInBytes", kind = DartBuiltin.Kind.GETTER)
    public abstract static class ElementSizeInBytesNode extends DartBuiltinNode {
        @Specialization
        protected long elementSizeInBytes(DartTypedList self) {
            return self.kind().size;
        }
    }

    @DartBuiltin(owner = "_TypedList", name = "first", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetFirstNode extends DartBuiltinNode {
        @Specialization
        protected Object setFirst(DartTypedList self, Object value) {
            DartTypedData.checkModifiable(self, this);
            if (self.size() == 0) {
                throw DartErrors.stateError("Too few elements", this);
            }
            DartTypedData.store(self, 0, value, this);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "_TypedList", name = "last", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetLastNode extends DartBuiltinNode {
        @Specialization
        protected Object setLast(DartTypedList self, Object value) {
            DartTypedData.checkModifiable(self, this);
            if (self.size() == 0) {
                throw DartErrors.stateError("Too few elements", this);
            }
            DartTypedData.store(self, self.size() - 1, value, this);
            return DartNull.INSTANCE;
        }
    }

    /** {@code sublist}: a new list of the same kind (not a view). */
    @DartBuiltin(owner = "_TypedList", name = "sublist", required = 1, optional = 1)
    public abstract static class SublistNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartTypedList sublist(DartTypedList self, long start, Object endArg) {
            Long end = endArg == DartNull.INSTANCE ? null : DartTypedData.intArgument(endArg, "end", this);
            long endIndex = DartErrors.checkValidRange(start, end, self.size(), this);
            int length = (int) (endIndex - start);
            DartTypedList result = self.kind().allocate(length);
            DartTypedData.setRange(result, 0, length, self, start, this);
            return result;
        }
    }

    @DartBuiltin(owner = "_TypedList", name = "setRange", required = 3, optional = 1)
    public abstract static class SetRangeNode extends DartBuiltinNode {
        @Specialization
        protected Object setRange(DartTypedList self, long start, long end, Object from, Object skipArg) {
            DartTypedData.checkModifiable(self, this);
            DartTypedData.setRange(self, start, end, from, DartTypedData.optionalInt(skipArg, 0, "skipCount", this), this);
            return DartNull.INSTANCE;
        }
    }

    /** {@code setAll(index, iterable)} is {@code setRange(index, index + iterable.length, iterable)}. */
    @DartBuiltin(owner = "_TypedList", name = "setAll", required = 2)
    public abstract static class SetAllNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object setAll(DartTypedList self, long index, Object iterable) {
            DartTypedData.checkModifiable(self, this);
            if (!DartIterables.isIterable(iterable, DartTypedData.classes(this))) {
                throw DartIterables.notIterable(iterable, DartTypedData.classes(this));
            }
            DartTypedData.setRange(self, index, DartIterables.length(iterable) + index, iterable, 0, this);
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "_TypedList", name = "fillRange", required = 2, optional = 1)
    public abstract static class FillRangeNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object fillRange(DartTypedList self, long start, long end, Object fill) {
            DartTypedData.checkModifiable(self, this);
            DartErrors.checkValidRange(start, end, self.size(), this);
            if (start == end) {
                return DartNull.INSTANCE;
            }
            if (fill == DartNull.INSTANCE) {
                throw DartErrors.error(DartTypedData.classes(this).argumentErrorClass, DartToStringNode.toTruffleString("Must not be null"),
                                "Invalid argument(s) (fillValue): Must not be null", this);
            }
            DartTypedData.checkElement(self, fill, this);
            for (long i = start; i < end; i++) {
                self.set((int) i, fill);
            }
            return DartNull.INSTANCE;
        }
    }

    /** {@code asUnmodifiableView()}: a view of the same elements whose writes throw (the VM's {@code _Unmodifiable...ArrayView}). */
    @DartBuiltin(owner = "_TypedList", name = "asUnmodifiableView")
    public abstract static class AsUnmodifiableViewNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartTypedList asUnmodifiableView(DartTypedList self) {
            return self.unmodifiableView();
        }
    }
}
