package org.dartj.builtins.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RuneIterator's cursor: surrogate pairs are one rune both ways, lone surrogates are runes. */
class DartRuneIteratorTest {
    private static final String TEXT = "a\uD83D\uDE00\uDC00b\uD800";

    @Test
    void forwardOverPairsAndLoneSurrogates() {
        DartRuneIterator it = new DartRuneIterator(null, TEXT, 0);
        assertEquals(-1, it.currentCodePoint());
        assertEquals(-1, it.rawIndex());
        long[][] expected = {{'a', 0, 1}, {0x1F600, 1, 2}, {0xDC00, 3, 1}, {'b', 4, 1}, {0xD800, 5, 1}};
        for (long[] rune : expected) {
            assertTrue(it.moveNext());
            assertEquals(rune[0], it.currentCodePoint());
            assertEquals(rune[1], it.rawIndex());
            assertEquals(rune[2], it.currentSize());
        }
        assertFalse(it.moveNext());
        assertEquals(-1, it.currentCodePoint());
        assertEquals("", it.currentAsString());
    }

    @Test
    void backwardMirrorsForward() {
        DartRuneIterator it = new DartRuneIterator(null, TEXT, TEXT.length());
        long[] expected = {0xD800, 'b', 0xDC00, 0x1F600, 'a'};
        for (long rune : expected) {
            assertTrue(it.movePrevious());
            assertEquals(rune, it.currentCodePoint());
        }
        assertFalse(it.movePrevious());
        assertEquals(-1, it.rawIndex());
    }

    @Test
    void splitDetection() {
        DartRuneIterator it = new DartRuneIterator(null, TEXT, 0);
        assertTrue(it.splitsSurrogatePair(2));
        assertFalse(it.splitsSurrogatePair(3), "a trail after a complete pair is lone");
        assertFalse(it.splitsSurrogatePair(0));
        assertFalse(it.splitsSurrogatePair(TEXT.length()));
    }
}
