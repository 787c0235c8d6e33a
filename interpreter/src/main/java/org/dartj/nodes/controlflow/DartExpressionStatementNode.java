package org.dartj.nodes.controlflow;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** An expression evaluated for its effect. */
public final class DartExpressionStatementNode extends DartStatementNode {
    @Child private DartExpressionNode expression;

    public DartExpressionStatementNode(DartExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.executeGeneric(frame);
    }
}
