package org.dartj.nodes.call;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartFunction;
import org.dartj.types.DartType;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code f<int>}, {@code obj.method<T>}: a generic function value instantiated with type
 * arguments (evaluated here, so a type parameter of the enclosing code is bound to its value).
 */
public final class DartInstantiateNode extends DartExpressionNode {
    @Child private DartExpressionNode function;
    @Child private DartExpressionNode typeArguments;
    private final RootCallTarget code;

    /** {@code typeArguments} evaluates to a {@code DartType[]}; {@code code} is a {@link DartInstantiationRootNode}'s. */
    public DartInstantiateNode(DartExpressionNode function, DartExpressionNode typeArguments, RootCallTarget code) {
        this.function = function;
        this.typeArguments = typeArguments;
        this.code = code;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = function.executeGeneric(frame);
        if (!(value instanceof DartFunction generic)) {
            throw org.dartj.builtins.DartErrors.typeErrorFor(value, "Function", this);
        }
        DartType[] types = (DartType[]) typeArguments.executeGeneric(frame);
        return new DartFunction(generic.name, code, new DartInstantiation(generic, types));
    }
}
