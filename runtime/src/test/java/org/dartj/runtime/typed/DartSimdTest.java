package org.dartj.runtime.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The SIMD values' text (C's %f and %08x, as the VM formats lanes) and identity equality. */
class DartSimdTest {
    @Test
    void fixedSixDigitsRoundTheExactBinaryValue() {
        assertEquals("1.000000", DartSimd.formatFixed6(1.0));
        assertEquals("0.100000", DartSimd.formatFixed6(0.1f));
        assertEquals("3.141593", DartSimd.formatFixed6(Math.PI));
        // The doubles nearest 5e-7 and 0.1234565 lie just below the decimal half, so C rounds
        // them down (Java's %.6f, rounding the shortest decimal form half up, would not).
        assertEquals("0.000000", DartSimd.formatFixed6(0.0000005));
        assertEquals("0.123456", DartSimd.formatFixed6(0.1234565));
        assertEquals("0.000002", DartSimd.formatFixed6(0.0000015));
        assertEquals("16777216.000000", DartSimd.formatFixed6(16777216f));
    }

    @Test
    void signsAndSpecialValues() {
        assertEquals("-0.000000", DartSimd.formatFixed6(-0.0));
        assertEquals("-0.000000", DartSimd.formatFixed6(-1e-9));
        assertEquals("-2.500000", DartSimd.formatFixed6(-2.5));
        assertEquals("inf", DartSimd.formatFixed6(Double.POSITIVE_INFINITY));
        assertEquals("-inf", DartSimd.formatFixed6(Double.NEGATIVE_INFINITY));
        assertEquals("nan", DartSimd.formatFixed6(Double.NaN));
    }

    @Test
    void lanesPrintAsTheVmFormatsThem() {
        assertEquals("[1.000000, -2.000000, 0.500000, 0.000000]", new DartSimd.Float32x4(1f, -2f, 0.5f, 0f).toString());
        assertEquals("[00000001, ffffffff, 7fffffff, 80000000]", new DartSimd.Int32x4(1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE).toString());
        assertEquals("[1.500000, -0.250000]", new DartSimd.Float64x2(1.5, -0.25).toString());
    }

    @Test
    void equalityIsIdentity() {
        DartSimd.Float32x4 a = new DartSimd.Float32x4(1f, 2f, 3f, 4f);
        assertEquals(a, a);
        assertNotEquals(a, new DartSimd.Float32x4(1f, 2f, 3f, 4f));
    }
}
