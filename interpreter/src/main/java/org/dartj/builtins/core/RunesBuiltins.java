package org.dartj.builtins.core;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Members of Runes (a string's code points as an iterable, built by {@code string.runes})
 * and of its iterator, RuneIterator.
 */
public final class RunesBuiltins {
    private RunesBuiltins() {
    }

    /** The string of a Runes value: its code points back as text (lone surrogates stay lone). */
    @TruffleBoundary
    static String stringOf(DartArrayIterable runes) {
        StringBuilder sb = new StringBuilder();
        DartIterator it = runes.iterator();
        while (it.moveNext()) {
            sb.appendCodePoint((int) (long) (Long) it.current());
        }
        return sb.toString();
    }

    static DartRuneIterator newIterator(String string, int index, Node node) {
        return new DartRuneIterator(DartLanguage.get(node).coreClasses().runeIteratorClass, string, index);
    }

    static void checkNotInsidePair(DartRuneIterator it, long index, Node node) {
        if (it.splitsSurrogatePair((int) index)) {
            throw DartErrors.argumentError("Index inside surrogate pair: " + index, node);
        }
    }

    @DartBuiltin(owner = "Runes", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewRunesNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(TruffleString string) {
            Object[] runes = string.toJavaStringUncached().codePoints().mapToObj(c -> (Object) (long) c).toArray();
            var classes = DartLanguage.get(this).coreClasses();
            return new DartArrayIterable(classes, classes.runesClass, runes);
        }
    }

    @DartBuiltin(owner = "Runes", name = "string", kind = DartBuiltin.Kind.GETTER)
    public abstract static class StringNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString string(DartArrayIterable self) {
            return DartToStringNode.toTruffleString(stringOf(self));
        }
    }

    @DartBuiltin(owner = "Runes", name = "iterator", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IteratorNode extends DartBuiltinNode {
        @Specialization
        protected Object iterator(DartArrayIterable self) {
            return newIterator(stringOf(self), 0, this);
        }
    }

    @DartBuiltin(owner = "RuneIterator", name = "", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 1)
    public abstract static class NewIteratorNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object create(TruffleString string) {
            return newIterator(string.toJavaStringUncached(), 0, this);
        }
    }

    /** {@code RuneIterator.at(string, index)}: positioned before the rune at index. */
    @DartBuiltin(owner = "RuneIterator", name = "at", kind = DartBuiltin.Kind.CONSTRUCTOR, required = 2)
    public abstract static class AtNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object at(TruffleString string, long index) {
            String s = string.toJavaStringUncached();
            if (index < 0 || index > s.length()) {
                throw DartErrors.rangeError(index, 0L, (long) s.length(), null, this);
            }
            DartRuneIterator it = newIterator(s, (int) index, this);
            checkNotInsidePair(it, index, this);
            return it;
        }
    }

    @DartBuiltin(owner = "RuneIterator", name = "string", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IteratorStringNode extends DartBuiltinNode {
        @Specialization
        protected TruffleString string(DartRuneIterator self) {
            return DartToStringNode.toTruffleString(self.string());
        }
    }

    @DartBuiltin(owner = "RuneIterator", name = "current", kind = DartBuiltin.Kind.GETTER)
    public abstract static class CurrentNode extends DartBuiltinNode {
        @Specialization
        protected long current(DartRuneIterator self) {
            return self.currentCodePoint();
        }
    }

    @DartBuiltin(owner = "RuneIterator", name = "rawIndex", kind = DartBuiltin.Kind.GETTER)
    public abstract static class RawIndexNode extends DartBuiltinNode {
        @Specialization
        protected long rawIndex(DartRuneIterator self) {
            return self.rawIndex();
        }
    }

    /** {@code rawIndex = i}: the rune at code unit i becomes current. */
    @DartBuiltin(owner = "RuneIterator", name = "rawIndex", kind = DartBuiltin.Kind.SETTER, required = 1)
    public abstract static class SetRawIndexNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object setRawIndex(DartRuneIterator self, long index) {
            int length = self.string().length();
            if (index < 0 || index >= length) {
                throw DartErrors.indexOutOfRange(index, length, "rawIndex", this);
            }
            checkNotInsidePair(self, index, this);
            self.reset((int) index);
            self.moveNext();
            return DartNull.INSTANCE;
        }
    }

    @DartBuiltin(owner = "RuneIterator", name = "currentSize", kind = DartBuiltin.Kind.GETTER)
    public abstract static class CurrentSizeNode extends DartBuiltinNode {
        @Specialization
        protected long currentSize(DartRuneIterator self) {
            return self.currentSize();
        }
    }

    @DartBuiltin(owner = "RuneIterator", name = "currentAsString", kind = DartBuiltin.Kind.GETTER)
    public abstract static class CurrentAsStringNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected TruffleString currentAsString(DartRuneIterator self) {
            return DartToStringNode.toTruffleString(self.currentAsString());
        }
    }

    @DartBuiltin(owner = "RuneIterator", name = "moveNext")
    public abstract static class MoveNextNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean moveNext(DartRuneIterator self) {
            return self.moveNext();
        }
    }

    @DartBuiltin(owner = "RuneIterator", name = "movePrevious")
    public abstract static class MovePreviousNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean movePrevious(DartRuneIterator self) {
            return self.movePrevious();
        }
    }

    /** {@code reset([rawIndex = 0])}: before the rune at rawIndex, no current rune. */
    @DartBuiltin(owner = "RuneIterator", name = "reset", optional = 1)
    public abstract static class ResetNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object reset(DartRuneIterator self, Object rawIndex) {
            long index = rawIndex instanceof Long l ? l : 0;
            int length = self.string().length();
            if (index < 0 || index > length) {
                throw DartErrors.rangeError(index, 0L, (long) length, "rawIndex", this);
            }
            checkNotInsidePair(self, index, this);
            self.reset((int) index);
            return DartNull.INSTANCE;
        }
    }
}
