package org.dartj.nodes.expression;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * Operators on values that the nodes' fast paths do not handle: a user-defined operator of
 * the left operand's class (slow path: a boundary call), else the Dart error.
 */
public final class DartOperatorFallback {
    private DartOperatorFallback() {
    }

    /**
     * {@code left op right} through {@code operator op} of the left operand's class: declared
     * in Dart, or a builtin operator of a core class ({@code List.+}, ...).
     */
    @TruffleBoundary
    public static Object dispatch(Node node, String operator, Object left, Object right) {
        if (left instanceof com.oracle.truffle.api.strings.TruffleString) {
            if (operator.equals("*") && !(right instanceof Long)) {
                throw DartErrors.argumentTypeError(right, "int", "times", node);
            } else if (operator.equals("[]") && !(right instanceof Long)) {
                throw DartErrors.argumentTypeError(right, "int", "index", node);
            }
        }
        if (!(left instanceof Long || left instanceof Double)) {
            org.dartj.runtime.DartFunction method = DartLanguage.get(node).coreClasses().classOf(left).lookupMethod(operator);
            if (method != null) {
                return method.callTarget.call(left, right);
            }
        }
        throw noOperator(node, operator, left, right);
    }

    /** {@code receiver[index] = value} through {@code operator []=}. */
    @TruffleBoundary
    public static Object dispatchIndexSet(Node node, Object receiver, Object index, Object value) {
        if (!(receiver instanceof Long || receiver instanceof Double)) {
            org.dartj.runtime.DartFunction method = DartLanguage.get(node).coreClasses().classOf(receiver).lookupMethod("[]=");
            if (method != null) {
                method.callTarget.call(receiver, index, value);
                return value;
            }
        }
        throw DartErrors.noSuchMethod(receiver, "[]=", org.dartj.builtins.core.DartInvocation.Kind.METHOD,
                        new Object[]{receiver, index, value}, node);
    }

    /** A unary operator ({@code unary-}, {@code ~}) of a class declared in Dart or a core class (Duration, Float32x4). */
    @TruffleBoundary
    public static Object dispatchUnary(Node node, String operator, Object operand) {
        if (!(operand instanceof Long || operand instanceof Double)) {
            org.dartj.runtime.DartFunction method = DartLanguage.get(node).coreClasses().classOf(operand).lookupMethod(operator);
            if (method != null) {
                return method.callTarget.call(operand);
            }
        }
        throw noOperator(node, operator, operand, null);
    }

    @TruffleBoundary
    static DartException noOperator(Node node, String operator, Object left, Object right) {
        var classes = DartLanguage.get(node).coreClasses();
        if (right == null) {
            return DartErrors.noSuchMethod(left, operator, org.dartj.builtins.core.DartInvocation.Kind.METHOD,
                            new Object[]{left}, node);
        }
        // The VM's parameter checks of int, double and String operators (a dynamic call).
        boolean bitwise = operator.equals("&") || operator.equals("|") || operator.equals("^");
        boolean shift = operator.equals("<<") || operator.equals(">>") || operator.equals(">>>");
        if (left instanceof Long && (bitwise || shift) && !(right instanceof Long)) {
            return DartErrors.argumentTypeError(right, "int", shift ? "shiftAmount" : "other", node);
        }
        if ((left instanceof Long || left instanceof Double) && !bitwise && !shift && !(right instanceof Long || right instanceof Double)) {
            return DartErrors.argumentTypeError(right, "num", "other", node);
        }
        if (left instanceof com.oracle.truffle.api.strings.TruffleString) {
            if (operator.equals("+")) {
                return DartErrors.argumentTypeError(right, "String", "other", node);
            } else if (operator.equals("*")) {
                return DartErrors.argumentTypeError(right, "int", "times", node);
            }
        }
        return DartErrors.noSuchMethod(left, operator, org.dartj.builtins.core.DartInvocation.Kind.METHOD,
                        new Object[]{left, right}, node);
    }
}
