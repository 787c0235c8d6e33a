package org.dartj.nodes.object;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.call.DartArgumentsNode;
import org.dartj.nodes.call.DartFunctionHolder;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

/**
 * A call with an explicit receiver to a function that may be translated later (a
 * constructor's initialization called by a redirecting or subclass constructor).
 */
public final class DartHolderCallNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    @Child private DartArgumentsNode arguments;
    @Child private DirectCallNode call;
    private final DartFunctionHolder holder;

    public DartHolderCallNode(DartExpressionNode receiver, DartFunctionHolder holder, DartArgumentsNode arguments) {
        this.receiver = receiver;
        this.holder = holder;
        this.arguments = arguments;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (call == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(Truffle.getRuntime().createDirectCallNode(holder.get().callTarget));
        }
        Object self = receiver.executeGeneric(frame);
        return call.call(arguments.evaluate(frame, self));
    }
}
