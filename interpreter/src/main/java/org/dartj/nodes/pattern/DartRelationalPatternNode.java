package org.dartj.nodes.pattern;

import org.dartj.nodes.DartExpressionNode;
import org.dartj.nodes.expression.DartEqualNode;
import org.dartj.nodes.expression.DartOperatorFallback;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code == c}, {@code != c}, {@code < c}, ... as a pattern. */
public final class DartRelationalPatternNode extends DartPatternNode {
    @Child private DartExpressionNode operand;
    private final String operator;

    public DartRelationalPatternNode(String operator, DartExpressionNode operand) {
        this.operator = operator;
        this.operand = operand;
    }

    @Override
    public boolean match(VirtualFrame frame, Object value) {
        return compare(value, operand.executeGeneric(frame));
    }

    @TruffleBoundary
    private boolean compare(Object value, Object other) {
        switch (operator) {
            case "==":
                return DartEqualNode.dartEquals(value, other);
            case "!=":
                return !DartEqualNode.dartEquals(value, other);
            default:
                if ((value instanceof Long || value instanceof Double) && (other instanceof Long || other instanceof Double)) {
                    if (value instanceof Long a && other instanceof Long b) {
                        int c = Long.compare(a, b);
                        return test(c);
                    }
                    double a = ((Number) value).doubleValue();
                    double b = ((Number) other).doubleValue();
                    if (Double.isNaN(a) || Double.isNaN(b)) {
                        return false;
                    }
                    return test(Double.compare(a == 0 ? 0.0 : a, b == 0 ? 0.0 : b));
                }
                if (!(value instanceof Long || value instanceof Double || value instanceof org.dartj.classes.DartInstance)) {
                    return false;
                }
                return DartOperatorFallback.dispatch(this, operator, value, other) == Boolean.TRUE;
        }
    }

    private boolean test(int c) {
        return switch (operator) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }
}
