package org.dartj.nodes.expression;

import org.dartj.builtins.DartErrors;
import org.dartj.classes.DartClass;
import org.dartj.classes.DartCoreClasses;
import org.dartj.nodes.DartExpressionNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code e is T}, {@code e is! T} and {@code e as T} against a class type (type arguments
 * are not checked yet); {@code T?} also admits null; dynamic and Object? admit everything.
 */
public final class DartTypeTestNode extends DartExpressionNode {
    @Child private DartExpressionNode operand;
    private final String typeText;
    private final DartClass type;
    private final boolean nullable;
    private final boolean isTest;
    private final boolean negated;
    private final DartCoreClasses classes;

    public DartTypeTestNode(DartExpressionNode operand, String typeText, boolean isTest, boolean negated, DartCoreClasses classes) {
        this.operand = operand;
        this.typeText = typeText;
        this.isTest = isTest;
        this.negated = negated;
        this.classes = classes;
        String base = typeText.endsWith("?") ? typeText.substring(0, typeText.length() - 1) : typeText;
        int lt = base.indexOf('<');
        if (lt >= 0) {
            base = base.substring(0, lt);
        }
        this.nullable = typeText.endsWith("?") || base.equals("dynamic") || base.equals("Null") || base.equals("void");
        this.type = base.equals("dynamic") || base.equals("void") ? null : classes.byName(base);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = operand.executeGeneric(frame);
        boolean matches = matches(value);
        if (isTest) {
            return matches != negated;
        }
        if (!matches) {
            throw DartErrors.typeError(classes.classOf(value).getName(), typeText, this);
        }
        return value;
    }

    @TruffleBoundary
    private boolean matches(Object value) {
        if (value == DartNull.INSTANCE) {
            return nullable || type == classes.nullClass;
        }
        if (type == null) {
            return typeText.equals("dynamic") || typeText.equals("void") || typeText.equals("dynamic?");
        }
        return classes.classOf(value).isSubclassOf(type);
    }
}
