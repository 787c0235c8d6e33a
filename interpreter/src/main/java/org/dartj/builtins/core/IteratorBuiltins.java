package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** Members of Iterator (the iterators of the core iterables; user-defined ones have their own). */
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    @DartBuiltin(owner = "Iterator", name = "moveNext")
    public abstract static class MoveNextNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean moveNext(DartIteratorObject self) {
            return self.iterator().moveNext();
        }
    }

    @DartBuiltin(owner = "Iterator", name = "current", kind = DartBuiltin.Kind.GETTER)
    public abstract static class CurrentNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected Object current(DartIteratorObject self) {
            return self.iterator().current();
        }
    }
}
