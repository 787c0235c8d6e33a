package org.dartj.builtins.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** {@link BigIntBuiltins#parse}: the VM's accepted syntax (radix -1 means none was given). */
class BigIntParseTest {
    private static BigInteger parse(String text, long radix) {
        return BigIntBuiltins.parse(text, radix, null);
    }

    @Test
    void decimalAndHexWithoutRadix() {
        assertEquals(BigInteger.valueOf(42), parse(" +42 ", -1));
        assertEquals(BigInteger.valueOf(-31), parse("-0x1F", -1));
        assertEquals(new BigInteger("123456789012345678901234567890"), parse("123456789012345678901234567890", -1));
    }

    @Test
    void hexPrefixOnlyWithoutRadix() {
        assertThrows(NumberFormatException.class, () -> parse("0x10", 10));
        assertThrows(NumberFormatException.class, () -> parse("0x10", 16));
        assertEquals(BigInteger.valueOf(16), parse("10", 16));
        assertEquals(BigInteger.valueOf(1295), parse("zz", 36));
    }

    @Test
    void rejectsWhatTheVmRejects() {
        for (String bad : new String[]{"", "-", "+", "0x", "0x-5", "--1", "1 2", "12x", "\u0663", "1_000"}) {
            assertThrows(NumberFormatException.class, () -> parse(bad, -1), bad);
        }
    }
}
