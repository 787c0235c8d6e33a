package org.dartj.builtins.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * UTF-8 decoding as the VM's _Utf8Decoder (sdk/lib/convert/utf.dart, vm/lib/convert_patch.dart):
 * messages, offsets and replacements derived by tracing that code; chunked decoding must give
 * the same text as a single conversion wherever the input is split.
 */
class DartUtf8DecodingTest {
    private static int[] bytes(int... values) {
        return values;
    }

    private static void bad(int[] input, String message, long offset) {
        DartUtf8Decoding.Malformed e = assertThrows(DartUtf8Decoding.Malformed.class, () -> new DartUtf8Decoding(false).convertSingle(input, 0, input.length));
        assertEquals(message, e.getMessage());
        assertEquals(offset, e.offset);
    }

    private static String lenient(int... input) throws DartUtf8Decoding.Malformed {
        return new DartUtf8Decoding(true).convertSingle(input, 0, input.length);
    }

    @Test
    void errorsNameTheOffendingByte() {
        bad(bytes(0x80), "Unexpected extension byte", 0);
        bad(bytes(0x41, 0xC3, 0x41), "Missing extension byte", 2);
        bad(bytes(0xC0, 0x80), "Invalid UTF-8 byte", 0);
        bad(bytes(0xE0, 0x9F, 0xBF), "Overlong encoding", 1);
        bad(bytes(0xF0, 0x8F, 0x80, 0x80), "Overlong encoding", 1);
        bad(bytes(0xED, 0xBF, 0x80), "Encoded surrogate", 1);
        bad(bytes(0xF4, 0x90, 0x80, 0x80), "Out of unicode range", 1);
        bad(bytes(0x41, 0xE2, 0x82), "Unfinished UTF-8 octet sequence", 3);
        bad(bytes(0x41, 0x100), "Invalid UTF-8 byte", 1);
    }

    @Test
    void replacementsWithAllowMalformed() throws Exception {
        assertEquals("\uFFFD", lenient(0x80));
        assertEquals("A\uFFFDA", lenient(0x41, 0xC3, 0x41));
        assertEquals("\uFFFD\uFFFD\uFFFD", lenient(0xE0, 0x80, 0x80));
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", lenient(0xF4, 0x90, 0x80, 0x80));
        assertEquals("\uFFFDA\uFFFD", lenient(0xE2, 0x82, 0x41, 0x80));
        assertEquals("x\uFFFD", lenient(0x78, 0xF0, 0x9F, 0x98));
    }

    @Test
    void leadingBomIsDropped() throws Exception {
        assertEquals("A", lenient(0xEF, 0xBB, 0xBF, 0x41));
        assertEquals("A\uFEFF", lenient(0x41, 0xEF, 0xBB, 0xBF));
        DartUtf8Decoding chunked = new DartUtf8Decoding(false);
        assertEquals("", chunked.convertChunked(bytes(0xEF), 0, 1));
        assertEquals("", chunked.convertChunked(bytes(0xBB), 0, 1));
        assertEquals("hi", chunked.convertChunked(bytes(0xBF, 0x68, 0x69), 0, 3));
        assertEquals("", chunked.flush());
    }

    @Test
    void chunkedFlushReportsAnUnfinishedSequence() throws Exception {
        DartUtf8Decoding strict = new DartUtf8Decoding(false);
        assertEquals("a", strict.convertChunked(bytes(0x61, 0xE2), 0, 2));
        DartUtf8Decoding.Malformed e = assertThrows(DartUtf8Decoding.Malformed.class, strict::flush);
        assertEquals("Unfinished UTF-8 octet sequence", e.getMessage());
        assertEquals(-1, e.offset);
        DartUtf8Decoding loose = new DartUtf8Decoding(true);
        assertEquals("a", loose.convertChunked(bytes(0x61, 0xE2), 0, 2));
        assertEquals("\uFFFD", loose.flush());
    }

    @Test
    void chunkedErrorOffsetIsInItsChunkAndDecodingGoesOn() throws Exception {
        DartUtf8Decoding d = new DartUtf8Decoding(false);
        assertEquals("", d.convertChunked(bytes(0xC3), 0, 1));
        DartUtf8Decoding.Malformed e = assertThrows(DartUtf8Decoding.Malformed.class, () -> d.convertChunked(bytes(0x62, 0x41), 0, 2));
        assertEquals("Missing extension byte", e.getMessage());
        assertEquals(0, e.offset);
        assertEquals("c", d.convertChunked(bytes(0x63), 0, 1));
    }

    @Test
    void anySplitOfValidInputDecodesAlike() throws Exception {
        byte[] utf8 = "a€😀é\r\nz\uFEFF".getBytes(StandardCharsets.UTF_8);
        int[] input = new int[utf8.length];
        for (int i = 0; i < utf8.length; i++) {
            input[i] = utf8[i] & 0xFF;
        }
        String expected = new DartUtf8Decoding(false).convertSingle(input, 0, input.length);
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            DartUtf8Decoding d = new DartUtf8Decoding(false);
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (at < input.length) {
                int next = Math.min(input.length, at + 1 + random.nextInt(4));
                out.append(d.convertChunked(input, at, next));
                at = next;
            }
            out.append(d.flush());
            assertEquals(expected, out.toString());
        }
    }
}
