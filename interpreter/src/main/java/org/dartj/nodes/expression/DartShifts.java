package org.dartj.nodes.expression;

import org.dartj.builtins.DartErrors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;

/** Dart shift semantics: counts are not masked to 6 bits as in Java; negative counts throw. */
final class DartShifts {
    private DartShifts() {
    }

    static long shiftLeft(long value, long count, Node location) {
        checkCount(count, location);
        return count >= 64 ? 0 : value << count;
    }

    static long shiftRight(long value, long count, Node location) {
        checkCount(count, location);
        return value >> Math.min(count, 63);
    }

    static long unsignedShiftRight(long value, long count, Node location) {
        checkCount(count, location);
        return count >= 64 ? 0 : value >>> count;
    }

    private static void checkCount(long count, Node location) {
        if (count < 0) {
            CompilerDirectives.transferToInterpreter();
            throw DartErrors.argumentError(Long.toString(count), location);
        }
    }
}
