package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code ~} on ints. */
@NodeChild("operand")
@NodeInfo(shortName = "~")
public abstract class DartBitNotNode extends DartExpressionNode {
    @Specialization
    protected long doLong(long value) {
        return ~value;
    }

    @Fallback
    protected Object fallback(Object value) {
        return DartOperatorFallback.dispatchUnary(this, "~", value);
    }
}
