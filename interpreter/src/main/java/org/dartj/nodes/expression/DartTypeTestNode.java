package org.dartj.nodes.expression;

import org.dartj.builtins.DartErrors;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.types.DartType;
import org.dartj.types.DartTypeTest;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code e is T}, {@code e is! T} and {@code e as T}. A type that uses the enclosing class's
 * type parameters is completed with {@code this}'s type arguments at run time.
 */
public final class DartTypeTestNode extends DartExpressionNode {
    @Child private DartExpressionNode operand;
    @Child private DartClassTypeArgumentsNode classArguments;
    private final DartTypeTest type;
    private final boolean isTest;
    private final boolean negated;
    /** The test of a class type without type arguments, cached per class; else null. */
    @Child private DartTypeMatchNode classMatch;

    public DartTypeTestNode(DartExpressionNode operand, DartTypeTest type, DartClassTypeArgumentsNode classArguments, boolean isTest, boolean negated) {
        this.operand = operand;
        this.type = type;
        this.classArguments = classArguments;
        this.isTest = isTest;
        this.negated = negated;
        this.classMatch = classArguments == null ? DartTypeMatchNode.createIfClassTest(type) : null;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = operand.executeGeneric(frame);
        DartType[] args = classArguments == null ? null : classArguments.executeArguments(frame);
        boolean matches = classMatch != null ? classMatch.execute(value) : classArguments == null ? type.matches(value) : type.matches(value, args);
        if (isTest) {
            return matches != negated;
        }
        if (!matches) {
            throw DartErrors.typeCastError(type.describe(value), classArguments == null ? type.text() : type.substitute(args).toString(), this);
        }
        return value;
    }
}
