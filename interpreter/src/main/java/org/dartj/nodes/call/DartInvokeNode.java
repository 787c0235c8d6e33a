package org.dartj.nodes.call;

import org.dartj.builtins.DartErrors;
import org.dartj.builtins.core.DartInvocation;
import org.dartj.classes.DartClass;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Calls the value of an expression: {@code f(x)} where f is a variable or any expression. A
 * value that is not a function is called through its {@code call} method (a callable object),
 * else its class's {@code noSuchMethod}.
 */
public final class DartInvokeNode extends DartExpressionNode {
    @Child private DartExpressionNode callee;
    @Child private DartArgumentsNode arguments;
    @Child private DartDispatchNode dispatch = DartDispatchNodeGen.create();
    @Child private DartClassOfNode classOf;

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
        if (target == DartNull.INSTANCE) {
            CompilerDirectives.transferToInterpreter();
            throw DartErrors.noSuchMethod(target, "call", false, this);
        }
        if (classOf == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            classOf = insert(DartClassOfNodeGen.create());
        }
        DartClass cls = classOf.execute(target);
        DartFunction call = lookupCall(cls);
        if (call == null) {
            args[0] = target;
            return DartInvocation.noSuchMethod(target, cls, "call", DartInvocation.Kind.METHOD, args, this);
        }
        return dispatch.executeDispatch(new DartFunction("call", call.callTarget, target), args);
    }

    @TruffleBoundary
    private static DartFunction lookupCall(DartClass cls) {
        return cls.lookupMethod("call");
    }
}
