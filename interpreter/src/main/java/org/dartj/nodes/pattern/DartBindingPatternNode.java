package org.dartj.nodes.pattern;

import org.dartj.builtins.DartErrors;
import com.oracle.truffle.api.CompilerDirectives;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.expression.DartTypeTestNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A variable pattern ({@code var x}, {@code int x}, {@code final x}) or a wildcard
 * ({@code _}, {@code int _}): an optional type test, then the binding (a write of the value
 * left in {@code valueSlot}).
 */
public final class DartBindingPatternNode extends DartPatternNode {
    private final org.dartj.types.DartTypeTest type;
    private final int valueSlot;
    @Child private DartExpressionNode bind;
    /** The type arguments the tested type uses ({@code case T x} in generic code), or null. */
    @Child private org.dartj.nodes.expression.DartClassTypeArgumentsNode typeArguments;

    public DartBindingPatternNode(org.dartj.types.DartTypeTest type, int valueSlot, DartExpressionNode bind) {
        this.type = type;
        this.valueSlot = valueSlot;
        this.bind = bind;
    }

    /**
     * In a pattern declaration ({@code var (int a, b) = r;}) the pattern is irrefutable: a value
     * not of the type is an implicit downcast that fails with the VM's TypeError.
     */
    private boolean castInDeclaration;

    public void castInDeclaration() {
        castInDeclaration = true;
    }

    public DartBindingPatternNode withTypeArguments(org.dartj.nodes.expression.DartClassTypeArgumentsNode node) {
        this.typeArguments = node;
        return this;
    }

    @Override
    public boolean match(VirtualFrame frame, Object value) {
        org.dartj.types.DartType[] arguments = typeArguments == null ? null : typeArguments.executeArguments(frame);
        if (type != null && !(arguments == null ? type.matches(value) : type.matches(value, arguments))) {
            if (!castInDeclaration) {
                return false;
            }
            CompilerDirectives.transferToInterpreter();
            org.dartj.types.DartType expected = arguments == null ? type.type() : type.substitute(arguments);
            if (!type.matchesLoosely(value, expected)) {
                throw DartErrors.typeError(type.describe(value), expected.toString(), this);
            }
        }
        if (bind != null) {
            frame.setObject(valueSlot, value);
            bind.executeGeneric(frame);
        }
        return true;
    }
}
