package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/** {@code c ? a : b}. */
public final class DartConditionalNode extends DartExpressionNode {
    @Child private DartConditionNode condition;
    @Child private DartExpressionNode thenValue;
    @Child private DartExpressionNode elseValue;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public DartConditionalNode(DartExpressionNode condition, DartExpressionNode thenValue, DartExpressionNode elseValue) {
        this.condition = new DartConditionNode(condition);
        this.thenValue = thenValue;
        this.elseValue = elseValue;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return profile.profile(condition.executeCondition(frame)) ? thenValue.executeGeneric(frame) : elseValue.executeGeneric(frame);
    }
}
