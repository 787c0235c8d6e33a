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
 * are not checked yet); {@code T?} also admits null; dynamic, Object? and void admit
 * everything.
 */
public final class DartTypeTestNode extends DartExpressionNode {
    /** A runtime type: a class (or none, for dynamic), nullable or not. */
    public static final class Type {
        final String text;
        final DartClass dartClass;
        final boolean nullable;
        final boolean top;
        final DartCoreClasses classes;

        public Type(String text, DartClass dartClass, boolean nullable, boolean top, DartCoreClasses classes) {
            this.text = text;
            this.dartClass = dartClass;
            this.nullable = nullable;
            this.top = top;
            this.classes = classes;
        }

        @TruffleBoundary
        public boolean matches(Object value) {
            if (top) {
                return true;
            }
            if (value == DartNull.INSTANCE) {
                return nullable || dartClass == classes.nullClass;
            }
            if (dartClass == classes.numClass) {
                return value instanceof Long || value instanceof Double;
            }
            return dartClass != null && classes.classOf(value).isSubtypeOf(dartClass);
        }

        public String text() {
            return text;
        }

        public DartClass dartClass() {
            return dartClass;
        }

        public boolean isTop() {
            return top;
        }
    }

    @Child private DartExpressionNode operand;
    private final Type type;
    private final boolean isTest;
    private final boolean negated;

    public DartTypeTestNode(DartExpressionNode operand, Type type, boolean isTest, boolean negated) {
        this.operand = operand;
        this.type = type;
        this.isTest = isTest;
        this.negated = negated;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = operand.executeGeneric(frame);
        boolean matches = type.matches(value);
        if (isTest) {
            return matches != negated;
        }
        if (!matches) {
            throw DartErrors.typeError(type.classes.classOf(value).getName(), type.text, this);
        }
        return value;
    }
}
