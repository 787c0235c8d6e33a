package org.dartj.builtins.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Dart's UTF-8 encoder: well-formed text as UTF-8, every lone surrogate as U+FFFD. */
class Utf8EncodeTest {
    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void wellFormedTextMatchesJava() {
        String text = "aé€😀\u0000\u07FF\uFFFF";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), CodecBuiltins.utf8Encode(text));
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
        assertArrayEquals(bytes('a', 0xEF, 0xBF, 0xBD, 'b'), CodecBuiltins.utf8Encode("a\uD800b"));
        assertArrayEquals(bytes(0xEF, 0xBF, 0xBD), CodecBuiltins.utf8Encode("\uDC00"));
        // A trail before a lead is two lone surrogates, not a pair.
        assertArrayEquals(bytes(0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD), CodecBuiltins.utf8Encode("\uDC00\uD800"));
        // A lead at the very end.
        assertArrayEquals(bytes('x', 0xEF, 0xBF, 0xBD), CodecBuiltins.utf8Encode("x\uD83D"));
    }
}
