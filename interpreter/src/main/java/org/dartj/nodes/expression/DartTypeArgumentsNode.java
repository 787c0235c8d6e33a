package org.dartj.nodes.expression;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.types.DartType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * The type arguments of a constructor call ({@code Box<T>(x)} in generic code) as a
 * {@code DartType[]}; those that use the enclosing class's type parameters are completed from
 * {@code this} at run time.
 */
public final class DartTypeArgumentsNode extends DartExpressionNode {
    private final DartType[] types;
    @Child private DartClassTypeArgumentsNode classArguments;

    public DartTypeArgumentsNode(DartType[] types, DartClassTypeArgumentsNode classArguments) {
        this.types = types;
        this.classArguments = classArguments;
    }

    /** True when the types are known at translation time (none uses the class's type parameters). */
    public boolean isConstant() {
        return classArguments == null;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return classArguments == null ? types : substitute(classArguments.executeArguments(frame));
    }

    @TruffleBoundary
    private DartType[] substitute(DartType[] arguments) {
        DartType[] result = new DartType[types.length];
        for (int i = 0; i < types.length; i++) {
            result[i] = types[i].substitute(arguments);
        }
        return result;
    }
}
