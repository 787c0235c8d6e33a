package org.dartj.nodes.local;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Writes a captured variable in its environment. */
public final class DartWriteCapturedNode extends DartExpressionNode {
    @Child private DartExpressionNode value;
    private final int envSlot;
    private final int depth;
    private final int index;

    public DartWriteCapturedNode(DartExpressionNode value, int envSlot, int depth, int index) {
        this.value = value;
        this.envSlot = envSlot;
        this.depth = depth;
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        DartReadCapturedNode.environment(frame, envSlot, depth).slots[index] = v;
        return v;
    }
}
