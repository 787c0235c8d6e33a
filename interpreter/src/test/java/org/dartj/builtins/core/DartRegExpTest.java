package org.dartj.builtins.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** RegExp on TRegex: the regex source, the VM's syntax error texts, and isolates (inner contexts). */
@Timeout(60)
class DartRegExpTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String run(String program) {
        try (Engine engine = Engine.create("dart"); Context context = Context.newBuilder("dart").engine(engine).out(out).allowCreateThread(true).build()) {
            context.eval("dart", program);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void flagsBecomeEcmaScriptFlags() {
        assertEquals("Flavor=ECMAScript,Encoding=UTF-16/a|b/imsu", DartRegExps.regexSource("a|b", "imsu"));
        assertEquals("Flavor=ECMAScript,Encoding=UTF-16/x//", DartRegExps.regexSource("x/", ""));
    }

    @Test
    void syntaxMessagesUseTheVmsWords() {
        assertEquals("Unterminated group", DartRegExps.syntaxMessage("Invalid regular expression: /(/: Unterminated group"));
        assertEquals("Nothing to repeat", DartRegExps.syntaxMessage("Invalid regular expression: /a**/: Quantifier without target"));
        assertEquals("Nothing to repeat", DartRegExps.syntaxMessage("Quantifier on quantifier"));
        assertEquals("\\ at end of pattern", DartRegExps.syntaxMessage("Ends with an unfinished escape sequence"));
        assertEquals("Unmatched ')'", DartRegExps.syntaxMessage("Unmatched ')'"));
    }

    @Test
    void badPatternIsAFormatExceptionWithThePattern() {
        String printed = run("""
                        void main() {
                          try { RegExp('(ab'); } on FormatException catch (e) { print(e.message); print(e.source); }
                          try { RegExp('*'); } on FormatException catch (e) { print(e); }
                        }
                        """);
        assertEquals("Unterminated group(ab\nnull\nFormatException: Nothing to repeat*\n", printed);
    }

    @Test
    void uncaughtBadPatternIsAGuestException() {
        try (Context context = Context.newBuilder("dart").out(out).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("dart", "void main() { RegExp('[a'); }"));
            assertTrue(e.isGuestException() && !e.isInternalError(), e::toString);
            assertEquals("FormatException: Unterminated character class[a", e.getMessage());
        }
    }

    @Test
    void regExpsWorkInSpawnedIsolates() {
        String printed = run("""
                        import 'dart:isolate';
                        void work(SendPort p) {
                          p.send(RegExp(r'(\\d+)-(\\d+)').firstMatch('x 12-345 y')!.groups([1, 2]).join(','));
                        }
                        void main() async {
                          final port = ReceivePort();
                          await Isolate.spawn(work, port.sendPort);
                          print(await port.first);
                          print(RegExp(r'\\d+').allMatches('1 22 333').length);
                        }
                        """);
        assertEquals("12,345\n3\n", printed);
    }

    @Test
    void regExpsAndMatchesCrossIsolates() {
        String printed = run("""
                        import 'dart:isolate';
                        void work(List args) {
                          final RegExp re = args[0];
                          final RegExpMatch m = args[1];
                          (args[2] as SendPort).send([re.hasMatch('7-8'), re.matchAsPrefix('7-8 ')?.end, m[2], m.pattern == re, re.firstMatch('1-2')]);
                        }
                        void main() async {
                          final re = RegExp(r'(\\d+)-(\\d+)');
                          final port = ReceivePort();
                          await Isolate.spawn(work, [re, re.firstMatch('x 12-345')!, port.sendPort]);
                          final reply = await port.first as List;
                          print(reply.take(4).toList());
                          print((reply[4] as RegExpMatch).groups([1, 2]));
                        }
                        """);
        assertEquals("[true, 3, 345, true]\n[1, 2]\n", printed);
    }
}
