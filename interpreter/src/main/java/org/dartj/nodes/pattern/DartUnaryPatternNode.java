package org.dartj.nodes.pattern;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.nodes.expression.DartTypeTestNode;
import org.dartj.runtime.DartNull;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code p as T} (throws on mismatch), {@code p?} (null fails), {@code p!} (null throws). */
public final class DartUnaryPatternNode extends DartPatternNode {
    public enum Kind { CAST, NULL_CHECK, NULL_ASSERT }

    @Child private DartPatternNode operand;
    private final Kind kind;
    private final org.dartj.types.DartTypeTest type;
    /** The type arguments a cast's type uses ({@code x as T} in generic code), or null. */
    @Child private org.dartj.nodes.expression.DartClassTypeArgumentsNode typeArguments;

    public DartUnaryPatternNode(DartPatternNode operand, Kind kind, org.dartj.types.DartTypeTest type) {
        this.operand = operand;
        this.kind = kind;
        this.type = type;
    }

    public DartUnaryPatternNode withTypeArguments(org.dartj.nodes.expression.DartClassTypeArgumentsNode node) {
        this.typeArguments = node;
        return this;
    }

    @Override
    public boolean match(VirtualFrame frame, Object value) {
        switch (kind) {
            case CAST:
                if (typeArguments == null ? !type.matches(value) : !type.matches(value, typeArguments.executeArguments(frame))) {
                    CompilerDirectives.transferToInterpreter();
                    String expected = typeArguments == null ? type.text() : type.substitute(typeArguments.executeArguments(frame)).toString();
                    throw DartErrors.typeCastError(type.describe(value), expected, this);
                }
                break;
            case NULL_CHECK:
                if (value == DartNull.INSTANCE) {
                    return false;
                }
                break;
            default:
                if (value == DartNull.INSTANCE) {
                    throw DartErrors.nullCheck(this);
                }
        }
        return operand.match(frame, value);
    }
}
