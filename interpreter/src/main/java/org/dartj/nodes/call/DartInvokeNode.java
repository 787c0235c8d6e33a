package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartToString;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

/** Calls the value of an expression: {@code f(x)} where f is a variable or any expression. */
public final class DartInvokeNode extends DartExpressionNode {
    @Child private DartExpressionNode callee;
    @Child private DartArgumentsNode arguments;
    @Child private DartDispatchNode dispatch = DartDispatchNodeGen.create();

    public DartInvokeNode(DartExpressionNode callee, DartArgumentsNode arguments) {
        this.callee = callee;
        this.arguments = arguments;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object target = callee.executeGeneric(frame);
        Object[] args = arguments.evaluate(frame, null);
        if (target instanceof DartFunction function) {
            return dispatch.executeDispatch(function, args);
        }
        CompilerDirectives.transferToInterpreter();
        throw DartErrors.noSuchMethod(target, DartToString.toDisplayString(target), "call", false, this);
    }
}
