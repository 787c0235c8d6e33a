package org.dartj.nodes.expression;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.types.DartType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * The type arguments of {@code this} as an instance of the class whose code runs (a
 * {@code DartType[]}): what a type parameter {@code T} of that class stands for. A subclass
 * instance maps them through its supertypes ({@code class IntBox extends Box<int>}).
 */
public final class DartClassTypeArgumentsNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    private final DartClass declaringClass;

    public DartClassTypeArgumentsNode(DartExpressionNode receiver, DartClass declaringClass) {
        this.receiver = receiver;
        this.declaringClass = declaringClass;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return arguments(receiver.executeGeneric(frame));
    }

    public DartType[] executeArguments(VirtualFrame frame) {
        return arguments(receiver.executeGeneric(frame));
    }

    /** {@code type} with the class type parameters replaced (node null: nothing to replace). */
    public static DartType resolve(DartType type, DartClassTypeArgumentsNode node, VirtualFrame frame) {
        return node == null || type == null ? type : substitute(type, node.executeArguments(frame));
    }

    @TruffleBoundary
    private static DartType substitute(DartType type, DartType[] arguments) {
        return type.substitute(arguments);
    }

    @TruffleBoundary
    private DartType[] arguments(Object self) {
        if (!(self instanceof DartInstance instance)) {
            return null;
        }
        DartType[] own = instance.typeArguments();
        DartClass cls = instance.dartClass();
        if (own == null) {
            own = new DartType[cls.typeParameters().length];
            java.util.Arrays.fill(own, org.dartj.types.DartSpecialType.DYNAMIC);
        }
        return cls == declaringClass ? own : cls.argumentsAs(declaringClass, own);
    }
}
