package org.dartj.nodes.controlflow;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.frame.VirtualFrame;

public final class DartReturnNode extends DartStatementNode {
    @Child private DartExpressionNode value;

    public DartReturnNode(DartExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new DartReturnException(value == null ? DartNull.INSTANCE : value.executeGeneric(frame));
    }
}
