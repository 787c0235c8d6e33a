package org.dartj.builtins.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dartj.runtime.DartList;
import org.dartj.runtime.DartMap;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.strings.TruffleString;

/**
 * Malformed JSON: messages and offsets as the VM's _ChunkedJsonParser (sdk/lib/_internal/vm/lib/
 * convert_patch.dart) reports them for a single string chunk, derived by tracing that code.
 */
class DartJsonParserTest {
    private static void bad(String source, String message, int offset) {
        DartJsonParser.JsonSyntaxError e = assertThrows(DartJsonParser.JsonSyntaxError.class, () -> DartJsonParser.parse(source, null, null));
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

    private static Object single(String json) {
        return ((DartList) DartJsonParser.parse("[" + json + "]", null, null)).get(0);
    }

    @Test
    void numbers() {
        assertEquals(123456789012345678L, single("123456789012345678"));
        assertEquals(1234567890123456789L, single("1234567890123456789"));
        assertEquals(Long.MIN_VALUE, single("-9223372036854775808"));
        assertEquals(9.223372036854775807E18, single("9223372036854775808"), "beyond 64 bits: a double");
        assertEquals(0L, single("-0"));
        assertEquals(-0.0, single("-0.0"));
        assertEquals(-12L, single("-12"));
        assertEquals(1.5e300, single("1.5e300"));
    }

    @Test
    void shortStringsAreReusedCorrectly() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 2000; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"k").append(i % 300).append("\":\"v").append(i).append("\"}");
        }
        DartList list = (DartList) DartJsonParser.parse(sb.append(']').toString(), null, null);
        for (int i = 0; i < 2000; i++) {
            DartMap map = (DartMap) list.get(i);
            TruffleString key = TruffleString.fromJavaStringUncached("k" + (i % 300), TruffleString.Encoding.UTF_16);
            assertEquals("v" + i, ((TruffleString) map.get(key)).toJavaStringUncached());
        }
    }
}
