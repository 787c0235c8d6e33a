package org.dartj.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code >>>} on ints (logical). */
@NodeInfo(shortName = ">>>")
public abstract class DartUnsignedShiftRightNode extends DartBinaryNode {
    @Specialization
    protected long doLong(long left, long right) {
        return DartShifts.unsignedShiftRight(left, right, this);
    }

    @Fallback
    protected Object fallback(Object left, Object right) {
        return DartOperatorFallback.dispatch(this, ">>>", left, right);
    }
}
