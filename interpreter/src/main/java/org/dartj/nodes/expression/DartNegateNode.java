package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** Unary {@code -} (int negation wraps: {@code -min == min}). */
@NodeChild("operand")
@NodeInfo(shortName = "unary-")
public abstract class DartNegateNode extends DartExpressionNode {
    @Specialization
    protected long doLong(long value) {
        return -value;
    }

    @Specialization
    protected double doDouble(double value) {
        return -value;
    }

    @Fallback
    protected Object fallback(Object value) {
        return DartOperatorFallback.dispatchUnary(this, "unary-", value);
    }
}
