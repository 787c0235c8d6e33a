package org.dartj.nodes.local;

import org.dartj.nodes.DartExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** The receiver of a method or constructor: {@code arguments[0]}. */
public final class DartReadReceiverNode extends DartExpressionNode {
    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getArguments()[0];
    }
}
