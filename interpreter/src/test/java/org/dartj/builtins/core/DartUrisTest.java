package org.dartj.builtins.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Uri rules without a Dart context: RFC 3986 section 5.4 resolution (the RFC's own table),
 * parse normalization and errors as sdk/lib/core/uri.dart computes them, and the encoders.
 */
class DartUrisTest {
    private static DartUri parse(String s) {
        return DartUris.parse(null, s, 0, s.length());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                    "g:h|g:h", "g|http://a/b/c/g", "./g|http://a/b/c/g", "g/|http://a/b/c/g/", "/g|http://a/g", "//g|http://g",
                    "?y|http://a/b/c/d;p?y", "g?y|http://a/b/c/g?y", "#s|http://a/b/c/d;p?q#s", "g#s|http://a/b/c/g#s", ";x|http://a/b/c/;x",
                    "\"\"|http://a/b/c/d;p?q", ".|http://a/b/c/", "..|http://a/b/", "../g|http://a/b/g", "../..|http://a/", "../../g|http://a/g",
                    "../../../g|http://a/g", "/./g|http://a/g", "/../g|http://a/g", "g.|http://a/b/c/g.", "..g|http://a/b/c/..g",
                    "./../g|http://a/b/g", "./g/.|http://a/b/c/g/", "g/../h|http://a/b/c/h", "g;x=1/../y|http://a/b/c/y", "g?y/../x|http://a/b/c/g?y/../x",
                    "g#s/../x|http://a/b/c/g#s/../x", "http:g|http:g"})
    void resolvesAsRfc3986(String reference, String expected) {
        assertEquals(expected, DartUris.resolve(parse("http://a/b/c/d;p?q"), parse(reference)).toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
                    "HTTP://Example.COM:80/a/./b/../c|http://example.com/a/c",
                    "https://h:443|https://h",
                    "file:x/y|file:///x/y",
                    "a b/%7e/%zz?q r#f g|a%20b/~/%25zz?q%20r#f%20g",
                    "x/../../y|../y",
                    "http://[::1]:8/|http://[::1]:8/",
                    "http://%41.b/|http://a.b/"})
    void parseNormalizes(String text, String expected) {
        assertEquals(expected, parse(text).toString());
    }

    @ParameterizedTest(name = "{0}: {1} at {2}")
    @CsvSource(delimiter = '|', value = {
                    ":x|Invalid empty scheme|0",
                    "1a:b|Scheme not starting with alphabetic character|0",
                    "a b:c|Illegal scheme character|1",
                    "http://h:1x/|Invalid port|9",
                    "http://[::1/|Missing end `]` to match `[` in host|7"})
    void parseErrors(String text, String message, int offset) {
        DartUris.UriError e = assertThrows(DartUris.UriError.class, () -> parse(text));
        assertEquals(DartUris.UriError.Kind.FORMAT, e.kind);
        assertEquals(message, e.getMessage());
        assertEquals(offset, e.offset);
    }

    @Test
    void encodesAndDecodes() {
        String text = "a b+c/é";
        assertEquals("a%20b%2Bc%2F%C3%A9", DartUris.encode(DartUris.UNRESERVED_2396, text, false));
        assertEquals("a+b%2Bc%2F%C3%A9", DartUris.encode(DartUris.UNRESERVED, text, true));
        assertEquals("a%20b+c/%C3%A9", DartUris.encode(DartUris.ENCODE_FULL, text, false));
        assertEquals("%EF%BF%BD", DartUris.encode(DartUris.UNRESERVED, "\ud800", false), "a lone surrogate encodes as U+FFFD");
        assertEquals(text, DartUris.decode("a+b%2Bc%2F%C3%A9", true));
        assertEquals("Truncated URI", assertThrows(DartUris.UriError.class, () -> DartUris.decode("%4", false)).getMessage());
        assertEquals("Invalid URL encoding", assertThrows(DartUris.UriError.class, () -> DartUris.decode("%g0", false)).getMessage());
    }

    @Test
    void removesDotSegments() {
        assertEquals("/a/g", DartUris.removeDotSegments("/a/b/c/./../../g"));
        assertEquals("mid/6", DartUris.removeDotSegments("mid/content=5/../6"));
        assertEquals("../x", DartUris.normalizeRelativePath("a/../../x", false));
        assertEquals("./", DartUris.normalizeRelativePath("a/..", false));
        assertEquals("a%3Ab", DartUris.normalizeRelativePath("a:b", false));
    }
}
