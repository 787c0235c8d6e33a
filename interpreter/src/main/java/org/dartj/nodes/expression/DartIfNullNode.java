package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code a ?? b}: b is evaluated only when a is null. */
@NodeInfo(shortName = "??")
public final class DartIfNullNode extends DartExpressionNode {
    @Child private DartExpressionNode left;
    @Child private DartExpressionNode right;

    public DartIfNullNode(DartExpressionNode left, DartExpressionNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = left.executeGeneric(frame);
        return value == DartNull.INSTANCE ? right.executeGeneric(frame) : value;
    }
}
