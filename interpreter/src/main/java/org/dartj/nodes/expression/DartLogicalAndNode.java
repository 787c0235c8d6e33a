package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/** {@code &&}, short-circuit. */
@NodeInfo(shortName = "&&")
public final class DartLogicalAndNode extends DartExpressionNode {
    @Child private DartConditionNode left;
    @Child private DartConditionNode right;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public DartLogicalAndNode(DartExpressionNode left, DartExpressionNode right) {
        this.left = new DartConditionNode(left);
        this.right = new DartConditionNode(right);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return profile.profile(left.executeCondition(frame)) && right.executeCondition(frame);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }
}
