package org.dartj.builtins.core;

import org.dartj.builtins.DartBuiltin;
import org.dartj.builtins.DartBuiltinNode;

import com.oracle.truffle.api.dsl.Specialization;

/** Comparable: {@code Comparable.compare(a, b)}. */
public final class ComparableBuiltins {
    private ComparableBuiltins() {
    }

    @DartBuiltin(owner = "Comparable", name = "compare", kind = DartBuiltin.Kind.STATIC, required = 2)
    public abstract static class CompareNode extends DartBuiltinNode {
        @Specialization
        protected long compare(Object a, Object b) {
            return DartCompare.compareAny(a, b);
        }
    }
}
