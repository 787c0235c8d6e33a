package org.dartj.nodes.call;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A top-level function used as a value (a tear-off): the same object every time. */
public final class DartTopLevelFunctionNode extends DartExpressionNode {
    private final DartFunctionHolder holder;

    public DartTopLevelFunctionNode(DartFunctionHolder holder) {
        this.holder = holder;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return holder.get();
    }
}
