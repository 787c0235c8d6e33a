package org.dartj.nodes.controlflow;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.expression.DartConditionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

public final class DartIfNode extends DartStatementNode {
    @Child private DartConditionNode condition;
    @Child private DartStatementNode thenPart;
    @Child private DartStatementNode elsePart;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public DartIfNode(DartExpressionNode condition, DartStatementNode thenPart, DartStatementNode elsePart) {
        this.condition = new DartConditionNode(condition);
        this.thenPart = thenPart;
        this.elsePart = elsePart;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(condition.executeCondition(frame))) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }
}
