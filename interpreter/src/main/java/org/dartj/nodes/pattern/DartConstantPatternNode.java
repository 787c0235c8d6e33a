package org.dartj.nodes.pattern;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.expression.DartEqualNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A constant pattern: {@code constant == value}. */
public final class DartConstantPatternNode extends DartPatternNode {
    @Child private DartExpressionNode constant;

    public DartConstantPatternNode(DartExpressionNode constant) {
        this.constant = constant;
    }

    @Override
    public boolean match(VirtualFrame frame, Object value) {
        return DartEqualNode.dartEquals(constant.executeGeneric(frame), value);
    }
}
