package org.dartj.nodes.expression;

import org.dartj.builtins.DartErrors;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code e!}. */
@NodeInfo(shortName = "!")
public final class DartNullAssertNode extends DartExpressionNode {
    @Child private DartExpressionNode operand;

    public DartNullAssertNode(DartExpressionNode operand) {
        this.operand = operand;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = operand.executeGeneric(frame);
        if (value == DartNull.INSTANCE) {
            throw DartErrors.nullCheck(this);
        }
        return value;
    }
}
