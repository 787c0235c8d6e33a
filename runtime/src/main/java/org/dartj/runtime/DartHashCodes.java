package org.dartj.runtime;

/**
 * The {@code hashCode} values the Dart VM (64-bit, 63-bit Smis) gives the built-in value types,
 * so that hash-ordered collections ({@code HashMap}, {@code HashSet}) iterate as on the VM.
 * <ul>
 * <li>{@code int}: the VM's multiplicative hash: the 128-bit unsigned product of the value and
 * {@code 0x2d51}, its high and low halves xor-ed, folded once more by 32 bits, 30 bits kept.
 * <li>{@code double}: an integral value in the int64 range hashes as that int (so
 * {@code 1.0.hashCode == 1.hashCode}); any other value (fractions, infinities, NaN) xors the
 * high word of its bits into the low word, kept to the Smi range.
 * <li>{@code String}: Jenkins one-at-a-time over the UTF-16 code units, from 0, finished to 30
 * bits, and 1 instead of 0.
 * <li>{@code bool}: 1231 and 1237; {@code null}: 2011.
 * </ul>
 * Identity hashes of other objects are random on the VM; orders that depend on them cannot
 * match.
 */
public final class DartHashCodes {
    public static final long NULL = 2011;
    public static final long TRUE = 1231;
    public static final long FALSE = 1237;

    private static final long INT_MULTIPLIER = 0x2d51L;
    private static final long SMI_MAX = (1L << 62) - 1;
    private static final int STRING_HASH_BITS = 30;
    private static final double TWO_63 = 9223372036854775808.0;

    private DartHashCodes() {
    }

    public static long ofInt(long value) {
        long low = value * INT_MULTIPLIER;
        long high = Math.unsignedMultiplyHigh(value, INT_MULTIPLIER);
        long hash = low ^ high;
        hash ^= hash >>> 32;
        return hash & 0x3fffffffL;
    }

    public static long ofDouble(double value) {
        if (value >= -TWO_63 && value < TWO_63) {
            long asInt = (long) value;
            if (asInt == value) {
                return ofInt(asInt);
            }
        }
        long bits = Double.doubleToRawLongBits(value);
        return (bits ^ (bits >>> 32)) & SMI_MAX;
    }

    public static long ofBool(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The hash of a string given as UTF-16 code units. */
    public static long ofString(CharSequence codeUnits) {
        int hash = 0;
        for (int i = 0; i < codeUnits.length(); i++) {
            hash = combine(hash, codeUnits.charAt(i));
        }
        return finish(hash);
    }

    /** The same hash over code units read one by one (for strings not held as Java strings). */
    public static int combine(int hash, int codeUnit) {
        hash += codeUnit;
        hash += hash << 10;
        hash ^= hash >>> 6;
        return hash;
    }

    public static long finish(int hash) {
        hash += hash << 3;
        hash ^= hash >>> 11;
        hash += hash << 15;
        long result = hash & ((1L << STRING_HASH_BITS) - 1);
        return result == 0 ? 1 : result;
    }
}
