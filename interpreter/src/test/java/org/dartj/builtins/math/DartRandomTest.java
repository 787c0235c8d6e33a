package org.dartj.builtins.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dartj.builtins.math.MathBuiltins.DartRandom;
import org.junit.jupiter.api.Test;

/**
 * The seeded {@code Random} sequence. Expected values come from an independent re-implementation
 * (in Python, arbitrary-precision integers masked to 64 bits) of the Dart VM's algorithm as
 * written in sdk/lib/_internal/vm/lib/math_patch.dart ({@code Random([seed])}, {@code _Random.nextInt},
 * {@code nextDouble}, {@code nextBool}) and runtime/lib/math.cc ({@code Random_setupSeed}: Thomas
 * Wang's mix64 of the seed, 0 replaced by 0x5a17; {@code Random_nextState}: multiply-with-carry
 * with A = 0xffffda61); the constructor cranks the state four times. Not run on a Dart VM here.
 */
class DartRandomTest {
    private static void check(long seed, long[] ints1000, long[] ints2pow32, double d, boolean b) {
        DartRandom r = DartRandom.seeded(seed);
        long[] got = new long[ints1000.length];
        for (int i = 0; i < got.length; i++) {
            got[i] = r.nextInt(1000);
        }
        assertArrayEquals(ints1000, got, "nextInt(1000), seed " + seed);
        long[] got2 = new long[ints2pow32.length];
        for (int i = 0; i < got2.length; i++) {
            got2[i] = r.nextInt(1L << 32);
        }
        assertArrayEquals(ints2pow32, got2, "nextInt(1 << 32), seed " + seed);
        assertEquals(d, r.nextDouble(), 0.0, "nextDouble, seed " + seed);
        assertEquals(b, r.nextBool(), "nextBool, seed " + seed);
    }

    @Test
    void seededSequences() {
        check(0, new long[]{455, 9, 964, 499, 806, 191}, new long[]{249241694L, 410351881L}, 0.8502372762531368, false);
        check(1, new long[]{204, 187, 295, 259, 275, 837}, new long[]{1270779848L, 105046169L}, 0.43643427839027427, true);
        check(42, new long[]{587, 758, 4, 885, 77, 304}, new long[]{283265935L, 3505223485L}, 0.7904403321523352, false);
        check(-1, new long[]{211, 796, 346, 5, 445, 994}, new long[]{4034890321L, 1925559206L}, 0.18538235333247943, false);
        check(123456789, new long[]{83, 458, 966, 89, 853, 949}, new long[]{2314173193L, 703322804L}, 0.4595221342346608, false);
        check(Long.MAX_VALUE, new long[]{599, 159, 871, 347, 154, 896}, new long[]{900376831L, 2140341382L}, 0.4252467478967903, true);
    }

    @Test
    void otherRanges() {
        DartRandom r = DartRandom.seeded(42);
        long[] got = new long[10];
        for (int i = 0; i < 10; i++) {
            got[i] = r.nextInt(100);
        }
        assertArrayEquals(new long[]{87, 58, 4, 85, 77, 4, 35, 85, 20, 8}, got);
        assertEquals(2356219420L, DartRandom.seeded(7).nextInt(1L << 32));
        assertEquals(17, DartRandom.seeded(-5).nextInt(1024));
        DartRandom d = DartRandom.seeded(0);
        assertEquals(0.8255140718871702, d.nextDouble(), 0.0);
        assertEquals(0.8863148172405516, d.nextDouble(), 0.0);
        assertEquals(0.424722653321134, d.nextDouble(), 0.0);
    }
}
