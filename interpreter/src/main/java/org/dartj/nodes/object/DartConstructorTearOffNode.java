package org.dartj.nodes.object;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.call.DartFunctionHolder;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A constructor torn off as a function value ({@code Box.new}, {@code Box<int>.named}): the
 * allocating entry point with the class's type arguments bound in its receiver slot, where a
 * constructor call passes them. A non-generic class's tear-off is one object, as the VM's
 * constant tear-offs are identical.
 */
public final class DartConstructorTearOffNode extends DartExpressionNode {
    private final DartFunctionHolder constructor;
    private final String name;
    @Child private DartExpressionNode typeArguments;

    /** {@code typeArguments} evaluates to the class's type arguments, or is null for a non-generic class. */
    public DartConstructorTearOffNode(DartFunctionHolder constructor, String name, DartExpressionNode typeArguments) {
        this.constructor = constructor;
        this.name = name;
        this.typeArguments = typeArguments;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (typeArguments == null) {
            return constructor.tearOff(name);
        }
        return new DartFunction(name, constructor.get().callTarget, typeArguments.executeGeneric(frame));
    }
}
