package org.dartj.nodes.object;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A method torn off and bound to a receiver ({@code super.m} as a value). */
public final class DartBoundMethodNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    private final DartFunction method;

    public DartBoundMethodNode(DartExpressionNode receiver, DartFunction method) {
        this.receiver = receiver;
        this.method = method;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return new DartFunction(method.name, method.callTarget, receiver.executeGeneric(frame));
    }
}
