package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;
import org.dartj.runtime.DartList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

/** Members of Iterable for the snapshotted iterables (lists have their own, faster ones). */
public final class IterableBuiltins {
    private IterableBuiltins() {
    }

    @DartBuiltin(owner = "Iterable", name = "length", kind = DartBuiltin.Kind.GETTER)
    public abstract static class LengthNode extends DartBuiltinNode {
        @Specialization
        protected long length(DartIterableView self) {
            return self.elements().length;
        }
    }

    @DartBuiltin(owner = "Iterable", name = "toList")
    public abstract static class ToListNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected DartList toList(DartIterableView self) {
            Object[] e = self.elements().clone();
            return new DartList(e, e.length, true, "dynamic");
        }
    }

    @DartBuiltin(owner = "Iterable", name = "contains", required = 1)
    public abstract static class ContainsNode extends DartBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean contains(DartIterableView self, Object value) {
            for (Object e : self.elements()) {
                if (org.dartj.nodes.expression.DartEqualNode.dartEquals(e, value)) {
                    return true;
                }
            }
            return false;
        }
    }

    @DartBuiltin(owner = "Iterable", name = "isEmpty", kind = DartBuiltin.Kind.GETTER)
    public abstract static class IsEmptyNode extends DartBuiltinNode {
        @Specialization
        protected boolean isEmpty(DartIterableView self) {
            return self.elements().length == 0;
        }
    }
}
