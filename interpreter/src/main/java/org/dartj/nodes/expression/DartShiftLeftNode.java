package org.dartj.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code <<} on ints (a count of 64 or more gives 0). */
@NodeInfo(shortName = "<<")
public abstract class DartShiftLeftNode extends DartBinaryNode {
    @Specialization
    protected long doLong(long left, long right) {
        return DartShifts.shiftLeft(left, right, this);
    }

    @Fallback
    protected Object fallback(Object left, Object right) {
        return DartOperatorFallback.dispatch(this, "<<", left, right);
    }
}
