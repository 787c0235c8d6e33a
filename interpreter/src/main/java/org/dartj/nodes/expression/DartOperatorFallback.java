package org.dartj.nodes.expression;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** The error for an operator that the receiver's class does not define. */
final class DartOperatorFallback {
    private DartOperatorFallback() {
    }

    @TruffleBoundary
    static DartException noOperator(Node node, String operator, Object left, Object right) {
        var classes = DartLanguage.get(node).coreClasses();
        String leftType = classes.classOf(left).getName();
        String rightType = classes.classOf(right).getName();
        if (left instanceof Long || left instanceof Double) {
            if (!(right instanceof Long || right instanceof Double)) {
                return DartErrors.typeError(rightType, "num", node);
            }
        }
        if (left instanceof com.oracle.truffle.api.strings.TruffleString && (operator.equals("+"))) {
            return DartErrors.typeError(rightType, "String", node);
        }
        return DartErrors.noSuchMethod(left, org.dartj.builtins.core.DartToString.toDisplayString(left), operator, false, node);
    }
}
