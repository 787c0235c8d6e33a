package org.dartj.nodes.pattern;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.DartStatementNode;
import org.dartj.nodes.expression.DartConditionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code if (e case p when g) s1 else s2}. */
public final class DartIfCaseNode extends DartStatementNode {
    @Child private DartExpressionNode subject;
    @Child private DartPatternNode pattern;
    @Child private DartConditionNode guard;
    @Child private DartStatementNode thenPart;
    @Child private DartStatementNode elsePart;

    public DartIfCaseNode(DartExpressionNode subject, DartPatternNode pattern, DartConditionNode guard, DartStatementNode thenPart, DartStatementNode elsePart) {
        this.subject = subject;
        this.pattern = pattern;
        this.guard = guard;
        this.thenPart = thenPart;
        this.elsePart = elsePart;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = subject.executeGeneric(frame);
        if (pattern.match(frame, value) && (guard == null || guard.executeCondition(frame))) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }
}
