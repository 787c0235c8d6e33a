package org.dartj.nodes.expression;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Evaluates a condition, which must be a bool (TypeError otherwise). */
public final class DartConditionNode extends DartExpressionNode {
    @Child private DartExpressionNode condition;

    public DartConditionNode(DartExpressionNode condition) {
        this.condition = condition;
    }

    public boolean executeCondition(VirtualFrame frame) {
        try {
            return condition.executeBoolean(frame);
        } catch (UnexpectedResultException e) {
            CompilerDirectives.transferToInterpreter();
            throw DartErrors.typeError(DartLanguage.get(this).coreClasses().classOf(e.getResult()).getName(), "bool", this);
        }
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return executeCondition(frame);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeCondition(frame);
    }
}
