package org.dartj.nodes.object;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.call.DartArgumentsNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

/**
 * A call resolved statically with an explicit receiver: {@code super.m(...)}, a superclass
 * or redirecting constructor's initialization, a getter of the superclass.
 */
public final class DartSuperCallNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartArgumentsNode arguments;
    @Child private DirectCallNode call;

    public DartSuperCallNode(DartExpressionNode receiver, DartFunction target, DartArgumentsNode arguments) {
        this.receiver = receiver;
        this.arguments = arguments;
        this.call = Truffle.getRuntime().createDirectCallNode(target.callTarget);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        return call.call(arguments.evaluate(frame, self));
    }
}
