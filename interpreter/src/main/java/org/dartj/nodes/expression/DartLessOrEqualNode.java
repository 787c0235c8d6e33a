package org.dartj.nodes.expression;

import org.dartj.classes.DartInstance;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code <=} on numbers. */
@NodeInfo(shortName = "<=")
public abstract class DartLessOrEqualNode extends DartBinaryNode {
    @Specialization
    protected boolean doLong(long left, long right) {
        return left <= right;
    }

    @Specialization
    protected boolean doDouble(double left, double right) {
        return left <= right;
    }

    @Specialization
    protected boolean doLongDouble(long left, double right) {
        return left <= right;
    }

    @Specialization
    protected boolean doDoubleLong(double left, long right) {
        return left <= right;
    }

    /** An operator declared by the instance's class: cached per class, a direct call. */
    @Specialization
    protected Object doInstance(DartInstance left, Object right,
                    @Cached("createOperator()") DartUserOperatorNode operator) {
        return operator.execute(left, right);
    }

    protected static DartUserOperatorNode createOperator() {
        return DartUserOperatorNode.create("<=");
    }

    @Fallback
    protected Object fallback(Object left, Object right) {
        return DartOperatorFallback.dispatch(this, "<=", left, right);
    }
}
