package org.dartj.nodes.expression;

import org.dartj.classes.DartClass;
import org.dartj.classes.DartInstance;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeSystem;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * What the type parameters in scope stand for, as one {@code DartType[]}: first those of the
 * class whose code runs (the type arguments of {@code this} as an instance of that class; a
 * subclass instance maps them through its supertypes, {@code class IntBox extends Box<int>}; in
 * a generic extension, what its type parameters stand for in the receiver's run-time type),
 * then those of the generic function whose body runs (from its type-arguments slot).
 */
public final class DartClassTypeArgumentsNode extends DartExpressionNode {
    @Child private DartExpressionNode receiver;
    private final DartClass declaringClass;
    private final int functionSlot;
    private final DartType[] functionBounds;

    /**
     * @param receiver {@code this}, or null outside instance code
     * @param functionSlot the generic function's type-arguments slot, or -1
     * @param functionBounds the function's type parameters' bounds (used when none were passed)
     */
    public DartClassTypeArgumentsNode(DartExpressionNode receiver, DartClass declaringClass, int functionSlot, DartType[] functionBounds) {
        this.receiver = receiver;
        this.declaringClass = declaringClass;
        this.functionSlot = functionSlot;
        this.functionBounds = functionBounds;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeArguments(frame);
    }

    public DartType[] executeArguments(VirtualFrame frame) {
        DartType[] own = receiver == null ? null : arguments(receiver.executeGeneric(frame));
        if (functionSlot < 0) {
            return own;
        }
        return concat(own, frame.getObject(functionSlot));
    }

    /** {@code type} with the type parameters replaced (node null: nothing to replace). */
    public static DartType resolve(DartType type, DartClassTypeArgumentsNode node, VirtualFrame frame) {
        return node == null || type == null ? type : substitute(type, node.executeArguments(frame));
    }

    @TruffleBoundary
    private static DartType substitute(DartType type, DartType[] arguments) {
        return type.substitute(arguments);
    }

    @TruffleBoundary
    private DartType[] concat(DartType[] own, Object passed) {
        DartType[] function = passed instanceof DartType[] types ? types : functionBounds;
        int classCount = receiver == null ? 0 : declaringClass.typeParameters().length;
        DartType[] result = new DartType[classCount + function.length];
        for (int i = 0; i < classCount; i++) {
            result[i] = own != null && i < own.length ? own[i] : declaringClass.defaultTypeArgument(i);
        }
        System.arraycopy(function, 0, result, classCount, function.length);
        return result;
    }

    @TruffleBoundary
    private DartType[] arguments(Object self) {
        if (declaringClass.extensionOnType() != null) {
            return org.dartj.DartLanguage.get(this).coreClasses().types.extensionArguments(declaringClass, self);
        }
        if (!(self instanceof DartInstance instance)) {
            return null;
        }
        DartType[] own = instance.typeArguments();
        DartClass cls = instance.dartClass();
        if (own == null) {
            own = DartTypeSystem.defaultArguments(cls);
        }
        return cls == declaringClass ? own : cls.argumentsAs(declaringClass, own);
    }
}
