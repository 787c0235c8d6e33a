package org.dartj.nodes.expression;

import org.dartj.builtins.DartErrors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;

/** double to int conversions with Dart's errors for NaN and infinities. */
public final class DartNumberConversions {
    private DartNumberConversions() {
    }

    public static long truncateToInt(double value, Node location) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            CompilerDirectives.transferToInterpreter();
            throw DartErrors.unsupported(Double.isNaN(value) ? "NaN.toInt()" : (value > 0 ? "Infinity" : "-Infinity") + ".toInt()", location);
        }
        return (long) value;
    }
}
