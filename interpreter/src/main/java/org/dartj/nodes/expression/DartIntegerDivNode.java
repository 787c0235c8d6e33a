package org.dartj.nodes.expression;

import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartInstance;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code ~/}: truncating division; int division by zero throws IntegerDivisionByZeroException. */
@NodeInfo(shortName = "~/")
public abstract class DartIntegerDivNode extends DartBinaryNode {
    @Specialization(guards = "right != 0")
    protected long doLong(long left, long right) {
        return left / right;
    }

    @Specialization(guards = "right == 0")
    protected long byZero(long left, long right) {
        throw DartErrors.integerDivisionByZero(this);
    }

    @Specialization
    protected long doDouble(double left, double right) {
        return DartNumberConversions.truncateToInt(left / right, this);
    }

    @Specialization
    protected long doLongDouble(long left, double right) {
        return doDouble(left, right);
    }

    @Specialization
    protected long doDoubleLong(double left, long right) {
        return doDouble(left, right);
    }

    /** An operator declared by the instance's class: cached per class, a direct call. */
    @Specialization
    protected Object doInstance(DartInstance left, Object right,
                    @Cached("createOperator()") DartUserOperatorNode operator) {
        return operator.execute(left, right);
    }

    protected static DartUserOperatorNode createOperator() {
        return DartUserOperatorNode.create("~/");
    }

    @Fallback
    protected Object fallback(Object left, Object right) {
        return DartOperatorFallback.dispatch(this, "~/", left, right);
    }
}
