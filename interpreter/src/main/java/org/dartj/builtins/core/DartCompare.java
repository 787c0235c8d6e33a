package org.dartj.builtins.core;

import java.math.BigDecimal;

import org.dartj.DartLanguage;
import org.dartj.builtins.DartErrors;
import org.dartj.runtime.DartFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code Comparable.compare(a, b)}, which is {@code a.compareTo(b)}: numbers compare by
 * value, exactly across int and double, with {@code -0.0 < 0.0} and NaN above everything
 * (equal to itself); strings by UTF-16 code units; instances of Dart classes by their
 * {@code compareTo}. Anything else is not a {@code Comparable}: a TypeError, as the cast in
 * the VM's default sort comparator throws.
 */
public final class DartCompare {
    private DartCompare() {
    }

    /**
     * The VM's default sort comparator: {@code Comparable.compare(a as Comparable, b as
     * Comparable)}.
     */
    @TruffleBoundary
    public static long compareAny(Object a, Object b) {
        checkComparable(a);
        checkComparable(b);
        return compare(a, b);
    }

    private static void checkComparable(Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof TruffleString) {
            return;
        }
        var classes = DartLanguage.get(null).coreClasses();
        if (value instanceof org.dartj.classes.DartObject object && object.dartClass().isSubtypeOf(classes.comparableClass)) {
            return;
        }
        throw DartErrors.typeCastError(classes.classOf(value).getName(), "Comparable<dynamic>", null);
    }

    @TruffleBoundary
    public static long compare(Object a, Object b) {
        if ((a instanceof Long || a instanceof Double) && (b instanceof Long || b instanceof Double)) {
            return compareNumbers(a, b);
        }
        if (a instanceof TruffleString x && b instanceof TruffleString y) {
            return compareStrings(x.toJavaStringUncached(), y.toJavaStringUncached());
        }
        if (a instanceof org.dartj.classes.DartObject object) {
            // User classes and core ones (DateTime, Duration) alike: their compareTo.
            DartFunction compareTo = object.dartClass().lookupMethod("compareTo");
            if (compareTo != null) {
                Object result = compareTo.callTarget.call(object, b);
                if (result instanceof Long l) {
                    return l;
                }
                throw DartErrors.typeError(DartLanguage.get(null).coreClasses().classOf(result).getName(), "int", null);
            }
        }
        var classes = DartLanguage.get(null).coreClasses();
        if (!(a instanceof Long || a instanceof Double || a instanceof TruffleString)) {
            throw DartErrors.typeCastError(classes.classOf(a).getName(), "Comparable<dynamic>", null);
        }
        // a is a num or String, b is not of the same kind: compareTo's parameter check.
        String expected = a instanceof TruffleString ? "String" : "num";
        throw DartErrors.error(classes.typeErrorImplClass, org.dartj.runtime.DartNull.INSTANCE,
                        "type '" + classes.classOf(b).getName() + "' is not a subtype of type '" + expected + "' of 'other'", null);
    }

    /** {@code String.compareTo}: -1, 0 or 1 by code units, then by length. */
    public static long compareStrings(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char cx = x.charAt(i);
            char cy = y.charAt(i);
            if (cx != cy) {
                return cx < cy ? -1 : 1;
            }
        }
        return Integer.signum(x.length() - y.length());
    }

    /** {@code num.compareTo}: -1, 0 or 1. */
    public static long compareNumbers(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return compareDoubles(x, y);
        }
        if (a instanceof Long x) {
            return -compareDoubleToLong((Double) b, x);
        }
        return compareDoubleToLong((Double) a, (Long) b);
    }

    private static long compareDoubles(double x, double y) {
        if (x < y) {
            return -1;
        }
        if (x > y) {
            return 1;
        }
        if (x == y) {
            if (x == 0.0) {
                boolean xNegative = Double.doubleToRawLongBits(x) < 0;
                boolean yNegative = Double.doubleToRawLongBits(y) < 0;
                return xNegative == yNegative ? 0 : xNegative ? -1 : 1;
            }
            return 0;
        }
        if (Double.isNaN(x)) {
            return Double.isNaN(y) ? 0 : 1;
        }
        return -1;
    }

    /** A double against an int, exactly (an int 0 counts as +0.0). */
    private static long compareDoubleToLong(double x, long y) {
        if (Double.isNaN(x)) {
            return 1;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return -1;
        }
        if (x == 0.0 && y == 0) {
            return Double.doubleToRawLongBits(x) < 0 ? -1 : 0;
        }
        return Integer.signum(new BigDecimal(x).compareTo(BigDecimal.valueOf(y)));
    }
}
