package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** An immutable constant: a string, a boolean, null, a top-level function or a class. */
public final class DartConstantNode extends DartExpressionNode {
    private final Object value;

    public DartConstantNode(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
