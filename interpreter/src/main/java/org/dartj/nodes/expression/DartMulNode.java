package org.dartj.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code *} on numbers (int wraps). */
@NodeInfo(shortName = "*")
public abstract class DartMulNode extends DartBinaryNode {
    @Specialization
    protected long doLong(long left, long right) {
        return left * right;
    }

    @Specialization
    protected double doDouble(double left, double right) {
        return left * right;
    }

    @Specialization
    protected double doLongDouble(long left, double right) {
        return doDouble(left, right);
    }

    @Specialization
    protected double doDoubleLong(double left, long right) {
        return doDouble(left, right);
    }

    @Fallback
    protected Object fallback(Object left, Object right) {
        return DartOperatorFallback.dispatch(this, "*", left, right);
    }
}
