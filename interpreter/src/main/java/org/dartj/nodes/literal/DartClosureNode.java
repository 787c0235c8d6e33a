package org.dartj.nodes.literal;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.expression.DartClassTypeArgumentsNode;
import org.dartj.runtime.DartFunction;
import org.dartj.types.DartFunctionType;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A function expression or local function: its code plus the current environment. When its
 * signature mentions type parameters of the enclosing generic code ({@code (E e) => e} in
 * {@code f<E>}, {@code (T x) => x} in a method of {@code Box<T>}), the closure carries that
 * signature with the current type arguments substituted ({@code (int) => int}).
 */
public final class DartClosureNode extends DartExpressionNode {
    private final String name;
    private final RootCallTarget callTarget;
    private final int envSlot;
    private final DartFunctionType openSignature;
    @Child private DartClassTypeArgumentsNode typeArguments;

    public DartClosureNode(String name, RootCallTarget callTarget, int envSlot) {
        this(name, callTarget, envSlot, null, null);
    }

    public DartClosureNode(String name, RootCallTarget callTarget, int envSlot, DartFunctionType openSignature, DartClassTypeArgumentsNode typeArguments) {
        this.name = name;
        this.callTarget = callTarget;
        this.envSlot = envSlot;
        this.openSignature = openSignature;
        this.typeArguments = typeArguments;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (typeArguments == null) {
            return new DartFunction(name, callTarget, frame.getObject(envSlot));
        }
        return new DartFunction(name, callTarget, frame.getObject(envSlot), DartClassTypeArgumentsNode.resolve(openSignature, typeArguments, frame));
    }
}
