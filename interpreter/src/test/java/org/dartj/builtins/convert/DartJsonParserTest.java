package org.dartj.builtins.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Malformed JSON: messages and offsets as the VM's _ChunkedJsonParser (sdk/lib/_internal/vm/lib/
 * convert_patch.dart) reports them for a single string chunk, derived by tracing that code.
 */
class DartJsonParserTest {
    private static void bad(String source, String message, int offset) {
        DartJsonParser.JsonSyntaxError e = assertThrows(DartJsonParser.JsonSyntaxError.class, () -> DartJsonParser.parse(source, null));
        assertEquals(message, e.getMessage(), source);
        assertEquals(offset, e.offset, source);
    }

    @Test
    void malformed() {
        bad("", "Unexpected end of input", 0);
        bad("[1, 2", "Unexpected end of input", 5);
        bad("{\"a\" 1}", "Unexpected character", 5);
        bad("[1,]", "Unexpected character", 3);
        bad("tru", "Unexpected end of input", 3);
        bad("trux", "Unexpected character", 0);
        bad("[trux]", "Unexpected character", 1);
        bad("\"abc", "Unterminated string", 4);
        bad("\"a\\x\"", "Unrecognized string escape", 4);
        bad("\"\\u12g4\"", "Invalid unicode escape", 2);
        bad("\"a\u0001\"", "Control character in string", 2);
        bad("\"\\n\u0001\"", "Unexpected character", 3);
        bad("-x", "Missing expected digit", 1);
        bad("-", "Unterminated number literal", 1);
        bad("01", "Unexpected character", 1);
        bad("1.", "Unterminated number literal", 2);
        bad("1.x", "Unexpected character", 2);
        bad("1e+x", "Missing expected digit", 3);
        bad("1 2", "Unexpected character", 2);
        bad("]", "Unexpected character", 0);
        bad("{1:2}", "Unexpected character", 1);
    }
}
