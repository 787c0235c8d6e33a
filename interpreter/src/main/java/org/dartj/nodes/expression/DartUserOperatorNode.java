package org.dartj.nodes.expression;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * A binary operator declared by the class of an instance ({@code Vec + Vec}, {@code m[i]}): a
 * polymorphic inline cache on the class holding a direct call of the operator method, so
 * compiled code inlines it (and can remove the temporary objects it allocates). Beyond
 * {@link #LIMIT} classes, or for a class without the operator, {@link DartOperatorFallback}
 * looks it up (or throws Dart's error).
 */
@GenerateInline(false)
public abstract class DartUserOperatorNode extends Node {
    static final int LIMIT = 4;

    protected final String operator;

    protected DartUserOperatorNode(String operator) {
        this.operator = operator;
    }

    public static DartUserOperatorNode create(String operator) {
        return DartUserOperatorNodeGen.create(operator);
    }

    public abstract Object execute(DartInstance left, Object right);

    @Specialization(guards = {"left.dartClass() == cachedClass", "method != null"}, limit = "LIMIT")
    protected static Object doCached(DartInstance left, Object right,
                    @Cached("left.dartClass()") DartClass cachedClass,
                    @Cached("lookup(cachedClass)") DartFunction method,
                    @Cached("create(method.callTarget)") DirectCallNode call) {
        return call.call(left, right);
    }

    @Specialization(replaces = "doCached")
    protected Object doGeneric(DartInstance left, Object right) {
        return DartOperatorFallback.dispatch(this, operator, left, right);
    }

    @TruffleBoundary
    protected final DartFunction lookup(DartClass cls) {
        return cls.lookupMethod(operator);
    }
}
