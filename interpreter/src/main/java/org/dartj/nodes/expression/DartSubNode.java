package org.dartj.nodes.expression;

import org.dartj.classes.DartInstance;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code -} on numbers (int wraps). */
@NodeInfo(shortName = "-")
public abstract class DartSubNode extends DartBinaryNode {
    @Specialization
    protected long doLong(long left, long right) {
        return left - right;
    }

    @Specialization
    protected double doDouble(double left, double right) {
        return left - right;
    }

    @Specialization
    protected double doLongDouble(long left, double right) {
        return doDouble(left, right);
    }

    @Specialization
    protected double doDoubleLong(double left, long right) {
        return doDouble(left, right);
    }

    /** An operator declared by the instance's class: cached per class, a direct call. */
    @Specialization
    protected Object doInstance(DartInstance left, Object right,
                    @Cached("createOperator()") DartUserOperatorNode operator) {
        return operator.execute(left, right);
    }

    protected static DartUserOperatorNode createOperator() {
        return DartUserOperatorNode.create("-");
    }

    @Fallback
    protected Object fallback(Object left, Object right) {
        return DartOperatorFallback.dispatch(this, "-", left, right);
    }
}
