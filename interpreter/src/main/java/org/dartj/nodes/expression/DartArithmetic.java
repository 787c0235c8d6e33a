package org.dartj.nodes.expression;


import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** Slow-path arithmetic on boxed values, for fused nodes that left their fast path. */
public final class DartArithmetic {
    private DartArithmetic() {
    }

    @TruffleBoundary
    public static Object add(Object left, Object right, Node location) {
        if (left instanceof Long a && right instanceof Long b) {
            return a + b;
        }
        if (left instanceof Number a && right instanceof Number b && isDartNumber(a) && isDartNumber(b)) {
            return a.doubleValue() + b.doubleValue();
        }
        if (left instanceof TruffleString a && right instanceof TruffleString b) {
            return a.concatUncached(b, TruffleString.Encoding.UTF_16, true);
        }
        return DartOperatorFallback.dispatch(location, "+", left, right);
    }

    @TruffleBoundary
    public static Object subtract(Object left, Object right, Node location) {
        if (left instanceof Long a && right instanceof Long b) {
            return a - b;
        }
        if (left instanceof Number a && right instanceof Number b && isDartNumber(a) && isDartNumber(b)) {
            return a.doubleValue() - b.doubleValue();
        }
        return DartOperatorFallback.dispatch(location, "-", left, right);
    }

    /** {@code left op right} for op 0..3 = {@code < <= > >=}. */
    @TruffleBoundary
    public static boolean compare(Object left, long right, int op, Node location) {
        if (!(left instanceof Number n) || !isDartNumber(n)) {
            return DartOperatorFallback.dispatch(location, new String[]{"<", "<=", ">", ">="}[op], left, right) == Boolean.TRUE;
        }
        if (left instanceof Long l) {
            long v = l;
            return switch (op) {
                case 0 -> v < right;
                case 1 -> v <= right;
                case 2 -> v > right;
                default -> v >= right;
            };
        }
        double v = n.doubleValue();
        return switch (op) {
            case 0 -> v < right;
            case 1 -> v <= right;
            case 2 -> v > right;
            default -> v >= right;
        };
    }

    private static boolean isDartNumber(Number n) {
        return n instanceof Long || n instanceof Double;
    }

}
