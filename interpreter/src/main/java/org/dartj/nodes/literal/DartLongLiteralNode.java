package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

public final class DartLongLiteralNode extends DartExpressionNode {
    private final long value;

    public DartLongLiteralNode(long value) {
        this.value = value;
    }

    public long getValue() {
        return value;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
