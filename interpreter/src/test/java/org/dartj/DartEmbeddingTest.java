package org.dartj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** DartJ through the polyglot API, as an embedder uses it. */
@Timeout(60)
class DartEmbeddingTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Context.Builder builder() {
        return Context.newBuilder("dart").out(out).err(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                err.write(b);
                System.err.write(b);
            }
        });
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void contextCreateRunsAProgram() {
        try (Context context = builder().build()) {
            context.eval("dart", "void main() { print(1 + 2); print('a' 'b'); }");
        }
        assertEquals("3\nab\n", stdout());
    }

    @Test
    void syntaxErrorIsASyntaxErrorWithLocation() {
        try (Context context = builder().build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(Source.newBuilder("dart", "void main() {\n  var = 1;\n}\n", "bad.dart").buildLiteral()));
            assertTrue(e.isSyntaxError());
            assertTrue(e.getMessage().startsWith("bad.dart:2:7: Error: "), e.getMessage());
            assertEquals(2, e.getSourceLocation().getStartLine());
        }
    }

    @Test
    void uncaughtDartErrorIsAGuestException() {
        try (Context context = builder().build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("dart", "void main() { throw Exception('boom'); }"));
            assertTrue(e.isGuestException());
            assertFalse(e.isInternalError());
            assertEquals("Exception: boom", e.getMessage());
        }
    }

    @Test
    void isolatesNeedThreadCreation() {
        String program = "import 'dart:isolate';\nvoid work(SendPort p) {}\nvoid main() async {\n  await Isolate.spawn(work, null);\n}\n";
        try (Context context = builder().build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("dart", program));
            assertTrue(e.isGuestException() && !e.isInternalError(), e::toString);
            assertTrue(e.getMessage().startsWith("IsolateSpawnException: Unable to spawn isolate"), e.getMessage());
        }
    }

    @Test
    void closingTheContextStopsARunawayIsolate() {
        String program = """
                        import 'dart:isolate';
                        void spin(SendPort p) {
                          p.send('started');
                          var x = 0;
                          while (true) {
                            x++;
                          }
                        }
                        void main() async {
                          final port = ReceivePort();
                          await Isolate.spawn(spin, port.sendPort);
                          print(await port.first);
                        }
                        """;
        try (Engine engine = Engine.create("dart"); Context context = builder().engine(engine).allowCreateThread(true).build()) {
            context.eval("dart", program);
        }
        assertEquals("started\n", stdout());
    }

    @Test
    void closingTheContextStopsAnIsolateInAFusedCountedLoop() {
        String program = """
                        import 'dart:isolate';
                        void spin(SendPort p) {
                          p.send('started');
                          var sum = 0;
                          for (var i = 0; i < 9223372036854775807; i++) sum += i;
                          p.send(sum);
                        }
                        void main() async {
                          final port = ReceivePort();
                          await Isolate.spawn(spin, port.sendPort);
                          print(await port.first);
                        }
                        """;
        try (Engine engine = Engine.create("dart"); Context context = builder().engine(engine).allowCreateThread(true).build()) {
            context.eval("dart", program);
        }
        assertEquals("started\n", stdout());
    }

    @Test
    void spawningNeedsASharedEngine() {
        String program = "import 'dart:isolate';\nvoid work(SendPort p) {}\nvoid main() async {\n  await Isolate.spawn(work, null);\n}\n";
        try (Context context = builder().allowCreateThread(true).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("dart", program));
            assertTrue(e.isGuestException() && !e.isInternalError(), e::toString);
            assertTrue(e.getMessage().contains("explicit Engine"), e.getMessage());
        }
    }

    @Test
    void forcedCodeSharingAlsoWorks() {
        String program = "import 'dart:isolate';\nvoid work(SendPort p) { p.send(42); }\nvoid main() async {\n  final port = ReceivePort();\n" +
                        "  await Isolate.spawn(work, port.sendPort);\n  print(await port.first);\n}\n";
        try (Context context = builder().allowCreateThread(true).allowExperimentalOptions(true).option("engine.ForceCodeSharing", "true").build()) {
            context.eval("dart", program);
        }
        assertEquals("42\n", stdout());
    }

    @Test
    void isolatesShareOneEngine() {
        String program = """
                        import 'dart:isolate';
                        var counter = 0;
                        void work(SendPort p) {
                          counter++;
                          p.send(counter);
                        }
                        void main() async {
                          final port = ReceivePort();
                          for (var i = 0; i < 5; i++) {
                            await Isolate.spawn(work, port.sendPort);
                          }
                          var received = 0;
                          port.listen((m) {
                            print(m);
                            received++;
                            if (received == 5) port.close();
                          });
                          print('main counter $counter');
                        }
                        """;
        try (Engine engine = Engine.create("dart"); Context context = builder().engine(engine).allowCreateThread(true).build()) {
            context.eval("dart", program);
        }
        // Top-level variables are per isolate: every isolate's counter starts at 0.
        assertEquals("main counter 0\n1\n1\n1\n1\n1\n", stdout());
    }

    @Test
    void quiescenceExitIsAnEmbedderChoice() {
        String program = "import 'dart:isolate';\nvoid main() { ReceivePort(); print('x'); }\n";
        try (Context context = builder().option("dart.ExitOnQuiescence", "true").build()) {
            context.eval("dart", program);
        }
        assertEquals("x\n", stdout());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ReceivePort created at"));
    }
}
