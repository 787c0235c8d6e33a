package org.dartj.nodes.expression;

import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartInstance;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code %}: Euclidean modulo (the result is never negative), as in Dart. */
@NodeInfo(shortName = "%")
public abstract class DartModuloNode extends DartBinaryNode {
    @Specialization(guards = "right != 0")
    protected long doLong(long left, long right) {
        long r = left % right;
        if (r < 0) {
            r += right < 0 ? -right : right;
        }
        return r;
    }

    @Specialization(guards = "right == 0")
    protected long byZero(long left, long right) {
        throw DartErrors.integerDivisionByZero(this);
    }

    @Specialization
    protected double doDouble(double left, double right) {
        double r = left % right;
        if (r == 0) {
            // A zero result is always +0.0 (the VM's DartModulo).
            return 0.0;
        }
        if (r < 0) {
            r += Math.abs(right);
        }
        return r;
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
        return DartUserOperatorNode.create("%");
    }

    @Fallback
    protected Object fallback(Object left, Object right) {
        return DartOperatorFallback.dispatch(this, "%", left, right);
    }
}
