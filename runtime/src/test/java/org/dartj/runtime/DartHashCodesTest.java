package org.dartj.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The VM's hash codes of built-in values. The expected numbers were computed independently of
 * this class from the VM's definitions (runtime/vm/hash.h CombineHashes/FinalizeHash with 30
 * bits for strings; the multiply-by-0x2d51 integer hash of the VM's HashIntegerOp; the double
 * hash of HashDoubleOp; bool_patch.dart and null_patch.dart for the constants).
 */
class DartHashCodesTest {
    @Test
    void intsUseTheMultiplicativeHash() {
        assertEquals(0, DartHashCodes.ofInt(0));
        assertEquals(11601, DartHashCodes.ofInt(1));
        assertEquals(81207, DartHashCodes.ofInt(7));
        assertEquals(487242, DartHashCodes.ofInt(42));
        assertEquals(11601000, DartHashCodes.ofInt(1000));
        assertEquals(0, DartHashCodes.ofInt(-1));
        assertEquals(5800, DartHashCodes.ofInt(1L << 31));
        assertEquals(2900, DartHashCodes.ofInt(1L << 62));
        assertEquals(5800, DartHashCodes.ofInt(Long.MIN_VALUE));
        assertEquals(15352, DartHashCodes.ofInt(Long.MAX_VALUE));
    }

    @Test
    void integralDoublesHashAsInts() {
        assertEquals(DartHashCodes.ofInt(2), DartHashCodes.ofDouble(2.0));
        assertEquals(23202, DartHashCodes.ofDouble(2.0));
        assertEquals(0, DartHashCodes.ofDouble(-0.0));
        assertEquals(DartHashCodes.ofInt(Long.MIN_VALUE), DartHashCodes.ofDouble(-9223372036854775808.0));
    }

    @Test
    void otherDoublesFoldTheirBits() {
        assertEquals(4609434219686920192L, DartHashCodes.ofDouble(1.5));
        assertEquals(4591870180277092355L, DartHashCodes.ofDouble(0.1));
        assertEquals(4607182420946452480L, DartHashCodes.ofDouble(Double.POSITIVE_INFINITY));
        assertEquals(279602388744037860L, DartHashCodes.ofDouble(1e19));
    }

    @Test
    void stringsHashTheirCodeUnits() {
        assertEquals(1, DartHashCodes.ofString(""));
        assertEquals(170824770, DartHashCodes.ofString("a"));
        assertEquals(756227931, DartHashCodes.ofString("abc"));
        assertEquals(150804507, DartHashCodes.ofString("hello"));
        assertEquals(482586172, DartHashCodes.ofString("Dart"));
        assertEquals(1028356693, DartHashCodes.ofString("\u00e9"));
        assertEquals(472421242, DartHashCodes.ofString("\ud83d\ude00"));
    }

    @Test
    void constants() {
        assertEquals(1231, DartHashCodes.ofBool(true));
        assertEquals(1237, DartHashCodes.ofBool(false));
        assertEquals(2011, DartHashCodes.NULL);
    }
}
