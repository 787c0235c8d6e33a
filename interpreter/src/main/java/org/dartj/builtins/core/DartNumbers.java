package org.dartj.builtins.core;

import org.dartj.builtins.DartErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** num semantics of the Dart VM that more than one builtin needs (compareTo, rounding, clamp). */
public final class DartNumbers {
    private DartNumbers() {
    }

    /** 2^53: integers up to this magnitude convert to double exactly. */
    private static final long MAX_EXACT_INT = 9007199254740992L;
    /** 2^63 as a double (int64 max + 1). */
    private static final double TWO_63 = 9223372036854775808.0;

    public static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof Double;
    }

    /** C's {@code round}: half away from zero, keeping the sign of zero ({@code (-0.4).roundToDouble()} is -0.0). */
    public static double roundToDouble(double x) {
        double a = Math.abs(x);
        if (!(a < 4503599627370496.0)) {
            // NaN, infinities and values from 2^52 up are already integral.
            return x;
        }
        double f = Math.floor(a);
        return Math.copySign(a - f >= 0.5 ? f + 1.0 : f, x);
    }

    /** C's {@code trunc}: toward zero, keeping the sign of zero. */
    public static double truncateToDouble(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /** {@code double.isNegative}: the sign bit, except for NaN. */
    public static boolean isNegative(double x) {
        return Double.doubleToRawLongBits(x) < 0 && !Double.isNaN(x);
    }

    /** {@code a.compareTo(b)} for two Dart numbers: -1, 0 or 1 (-0.0 before 0.0, NaN after everything). */
    @TruffleBoundary
    public static long compare(Object a, Object b) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return Long.compare(x, y);
            }
            return compareIntDouble(x, (Double) b);
        }
        double x = (Double) a;
        if (b instanceof Double y) {
            return Double.compare(x, y);
        }
        return -compareIntDouble((Long) b, x);
    }

    /** {@code int.compareTo(double)} as the VM computes it (exact for large ints). */
    private static long compareIntDouble(long i, double d) {
        if (d < -TWO_63) {
            return 1;
        }
        if (d >= TWO_63) {
            return -1;
        }
        if (Double.isNaN(d)) {
            return -1;
        }
        if (-MAX_EXACT_INT <= i && i <= MAX_EXACT_INT) {
            // -0.0 sorts before the int 0.
            return -Double.compare(d, (double) i);
        }
        return Long.compare(i, (long) d);
    }

    /** Numeric {@code a < b} ({@code false} with NaN). */
    private static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        return ((Number) a).doubleValue() < ((Number) b).doubleValue();
    }

    private static boolean isNaN(Object value) {
        return value instanceof Double d && d.isNaN();
    }

    /** {@code num.clamp(lowerLimit, upperLimit)} of int and double (integers.dart, double.dart). */
    @TruffleBoundary
    public static Object clamp(Object self, Object lower, Object upper, Node location) {
        if (self instanceof Long v && lower instanceof Long lo && upper instanceof Long hi && lo <= hi) {
            return v < lo ? lower : v > hi ? upper : self;
        }
        if (compare(lower, upper) > 0) {
            throw DartErrors.argumentErrorValue(lower, location);
        }
        if (isNaN(lower)) {
            return lower;
        }
        if (self instanceof Long ? lessThan(self, lower) : compare(self, lower) < 0) {
            return lower;
        }
        if (compare(self, upper) > 0) {
            return upper;
        }
        return self;
    }

    /** {@code hashCode} of a number as on the VM: equal ints and doubles (1 and 1.0) hash alike. */
    public static long hashInt(long value) {
        return org.dartj.runtime.DartHashCodes.ofInt(value);
    }

    public static long hashDouble(double value) {
        return org.dartj.runtime.DartHashCodes.ofDouble(value);
    }
}
