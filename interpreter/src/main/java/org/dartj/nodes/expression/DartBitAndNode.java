package org.dartj.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code &} on ints and bools. */
@NodeInfo(shortName = "&")
public abstract class DartBitAndNode extends DartBinaryNode {
    @Specialization
    protected long doLong(long left, long right) {
        return left & right;
    }

    @Specialization
    protected boolean doBoolean(boolean left, boolean right) {
        return left & right;
    }

    @Fallback
    protected Object fallback(Object left, Object right) {
        return DartOperatorFallback.dispatch(this, "&", left, right);
    }
}
