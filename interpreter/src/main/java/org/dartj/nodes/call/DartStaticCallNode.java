package org.dartj.nodes.call;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

/** A call to a statically known function (top-level, static member, constructor, builtin). */
public final class DartStaticCallNode extends DartExpressionNode {
    @Child private DartArgumentsNode arguments;
    @Child private DirectCallNode callNode;
    private final DartFunctionHolder holder;
    /** What the callee receives in the receiver slot: a generic class's type arguments, or none. */
    @Child private DartExpressionNode slot0;
    /** A generic function's type arguments, handed over right before the call. */
    @Child private DartExpressionNode functionTypeArguments;

    /** A call of a generic function with its type arguments. */
    public static DartStaticCallNode generic(DartFunctionHolder holder, DartArgumentsNode arguments, DartExpressionNode typeArguments) {
        DartStaticCallNode node = new DartStaticCallNode(holder, arguments);
        node.functionTypeArguments = typeArguments;
        return node;
    }

    /** A call of a builtin that takes type arguments as a generic function does (a collection constructor). */
    public static DartStaticCallNode generic(DartFunction function, DartArgumentsNode arguments, DartExpressionNode typeArguments) {
        DartStaticCallNode node = new DartStaticCallNode(function, arguments);
        node.functionTypeArguments = typeArguments;
        return node;
    }

    public DartStaticCallNode(DartFunction function, DartArgumentsNode arguments) {
        this.arguments = arguments;
        this.callNode = Truffle.getRuntime().createDirectCallNode(function.callTarget);
        this.holder = null;
    }

    /** A call to a top-level function that may not be translated yet; bound at first call. */
    public DartStaticCallNode(DartFunctionHolder holder, DartArgumentsNode arguments) {
        this.arguments = arguments;
        this.holder = holder;
    }

    /** A call of a generative constructor of a generic class: its type arguments go in the receiver slot. */
    public DartStaticCallNode(DartFunctionHolder holder, DartArgumentsNode arguments, DartExpressionNode typeArguments) {
        this(holder, arguments);
        this.slot0 = typeArguments;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (callNode == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            callNode = insert(Truffle.getRuntime().createDirectCallNode(holder.get().callTarget));
        }
        Object[] args = arguments.evaluate(frame, slot0 == null ? null : slot0.executeGeneric(frame));
        if (functionTypeArguments != null) {
            org.dartj.DartContext context = org.dartj.DartContext.get(this);
            context.passTypeArguments((org.dartj.types.DartType[]) functionTypeArguments.executeGeneric(frame));
            try {
                return callNode.call(args);
            } finally {
                // Normally taken by the callee's prologue; never left for another call.
                context.passTypeArguments(null);
            }
        }
        return callNode.call(args);
    }
}
