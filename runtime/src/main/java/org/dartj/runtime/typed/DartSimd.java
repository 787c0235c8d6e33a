package org.dartj.runtime.typed;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.dartj.runtime.DartImmutableValue;

/**
 * dart:typed_data's SIMD values, immutable and shared between isolates as the VM's deeply
 * immutable {@code _Float32x4}, {@code _Int32x4} and {@code _Float64x2}: four float lanes, four
 * 32-bit int lanes, two double lanes. {@code toString} is the VM's C formatting of the lanes
 * ({@code %f} for floats, {@code %08x} for ints).
 */
public final class DartSimd {
    private DartSimd() {
    }

    /** C's {@code %f}: the exact binary value rounded to six decimals, half to even. */
    static String formatFixed6(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String text = new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        if (value < 0 || (value == 0 && 1 / value < 0)) {
            return text.startsWith("-") ? text : "-" + text;
        }
        return text;
    }

    public record Float32x4(float x, float y, float z, float w) implements DartImmutableValue {
        public float lane(int i) {
            return switch (i & 3) {
                case 0 -> x;
                case 1 -> y;
                case 2 -> z;
                default -> w;
            };
        }

        @Override
        public String toString() {
            return "[" + formatFixed6(x) + ", " + formatFixed6(y) + ", " + formatFixed6(z) + ", " + formatFixed6(w) + "]";
        }

        // Dart's == on these values is identity, as on the VM.
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    public record Int32x4(int x, int y, int z, int w) implements DartImmutableValue {
        public int lane(int i) {
            return switch (i & 3) {
                case 0 -> x;
                case 1 -> y;
                case 2 -> z;
                default -> w;
            };
        }

        @Override
        public String toString() {
            return String.format("[%08x, %08x, %08x, %08x]", x, y, z, w);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    public record Float64x2(double x, double y) implements DartImmutableValue {
        @Override
        public String toString() {
            return "[" + formatFixed6(x) + ", " + formatFixed6(y) + "]";
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
