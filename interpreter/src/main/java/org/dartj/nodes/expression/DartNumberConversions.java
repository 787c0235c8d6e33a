package org.dartj.nodes.expression;

import org.dartj.builtins.DartErrors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;

/** double to int conversions with Dart's errors for NaN and infinities (out-of-range values clamp, as in the VM). */
public final class DartNumberConversions {
    private DartNumberConversions() {
    }

    public static long truncateToInt(double value, Node location) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            CompilerDirectives.transferToInterpreter();
            // The Dart VM's Double_toInt (also reached by round, floor, ceil, truncate and ~/).
            throw DartErrors.unsupported("Infinity or NaN toInt", location);
        }
        return (long) value;
    }
}
