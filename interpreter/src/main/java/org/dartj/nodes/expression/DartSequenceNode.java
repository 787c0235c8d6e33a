package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** Runs statements, then yields a value (desugared postfix increments, cascades). */
public final class DartSequenceNode extends DartExpressionNode {
    @Children private final DartStatementNode[] before;
    @Child private DartExpressionNode result;

    public DartSequenceNode(DartStatementNode[] before, DartExpressionNode result) {
        this.before = before;
        this.result = result;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        for (DartStatementNode s : before) {
            s.executeVoid(frame);
        }
        return result.executeGeneric(frame);
    }
}
