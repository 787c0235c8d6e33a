package org.dartj.nodes.async;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.expression.DartConditionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** An if statement whose branches contain an await: remembers the branch that suspended. */
public final class DartResumableIfNode extends DartStatementNode {
    @Child private DartConditionNode condition;
    @Child private DartStatementNode thenPart;
    @Child private DartStatementNode elsePart;
    private final int stateSlot;

    public DartResumableIfNode(DartExpressionNode condition, DartStatementNode thenPart, DartStatementNode elsePart, int stateSlot) {
        this.condition = new DartConditionNode(condition);
        this.thenPart = thenPart;
        this.elsePart = elsePart;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object state = frame.getValue(stateSlot);
        boolean branch;
        if (state instanceof Boolean b) {
            frame.setObject(stateSlot, null);
            branch = b;
        } else {
            branch = condition.executeCondition(frame);
        }
        try {
            if (branch) {
                thenPart.executeVoid(frame);
            } else if (elsePart != null) {
                elsePart.executeVoid(frame);
            }
        } catch (DartYieldException y) {
            frame.setObject(stateSlot, branch);
            throw y;
        }
    }
}
