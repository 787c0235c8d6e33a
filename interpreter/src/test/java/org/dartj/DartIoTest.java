package org.dartj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** dart:io under an embedder's policy: its streams, its IO access, exit statuses. */
@Timeout(60)
class DartIoTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void deniedIOIsACatchableFileSystemException(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, "secret");
        String path = file.toString();
        String program = """
                        import 'dart:io';
                        void main() {
                          try {
                            print(File('%s').readAsStringSync());
                          } on FileSystemException catch (e) {
                            print('caught ${e.runtimeType}: ${e.message}');
                            print(e.path);
                          }
                          print(File('%s').existsSync());
                        }
                        """.formatted(path, path);
        try (Context context = Context.newBuilder("dart").out(out).allowIO(IOAccess.NONE).build()) {
            context.eval("dart", program);
        }
        assertEquals("caught PathAccessException: Cannot open file\n" + path + "\nfalse\n", stdout());
    }

    @Test
    void allowedIOReadsTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("open.txt");
        Files.writeString(file, "open\n");
        try (Context context = Context.newBuilder("dart").out(out).allowIO(IOAccess.ALL).build()) {
            context.eval("dart", "import 'dart:io'; void main() { stdout.write(File('" + file + "').readAsStringSync()); }");
        }
        assertEquals("open\n", stdout());
    }

    @Test
    void stdinIsAStreamOfTheRestOfTheInput() {
        byte[] bytes = "first line\nsecond line\nthird, with \u00e9\nno newline".getBytes(StandardCharsets.UTF_8);
        String program = """
                        import 'dart:convert';
                        import 'dart:io';
                        Future<void> main() async {
                          print(stdin is Stream<List<int>>);
                          print(stdin.readLineSync());
                          final lines = await stdin.transform(utf8.decoder).transform(const LineSplitter()).toList();
                          print(lines);
                          try {
                            stdin.listen(null);
                          } on StateError catch (e) {
                            print(e.message);
                          }
                        }
                        """;
        try (Context context = Context.newBuilder("dart").in(new ByteArrayInputStream(bytes)).out(out).option("dart.ExitOnQuiescence", "true").build()) {
            context.eval("dart", program);
        }
        assertEquals("true\nfirst line\n[second line, third, with \u00e9, no newline]\nStream has already been listened to.\n", stdout());
    }

    @Test
    void aCancelledStdinSubscriptionLetsTheProgramEnd() {
        // An input that never ends: only the cancel can end the program.
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        String program = """
                        import 'dart:io';
                        Future<void> main() async {
                          final chunk = await stdin.first;
                          print(chunk.isNotEmpty && chunk.every((b) => b == 120));
                        }
                        """;
        try (Context context = Context.newBuilder("dart").in(endless).out(out).option("dart.ExitOnQuiescence", "true").build()) {
            context.eval("dart", program);
        }
        assertEquals("true\n", stdout());
    }

    @Test
    void stdinReadsTheEmbeddersInputLineByLine() {
        ByteArrayInputStream in = new ByteArrayInputStream("first\r\nsecond\nlast".getBytes(StandardCharsets.UTF_8));
        String program = """
                        import 'dart:io';
                        void main() {
                          for (var i = 0; i < 4; i++) {
                            print(stdin.readLineSync());
                          }
                        }
                        """;
        try (Context context = Context.newBuilder("dart").in(in).out(out).build()) {
            context.eval("dart", program);
        }
        assertEquals("first\nsecond\nlast\nnull\n", stdout());
    }

    @Test
    void exitEndsTheContextWithItsStatusAfterFlushing() {
        Context context = Context.newBuilder("dart").out(out).build();
        PolyglotException e = assertThrows(PolyglotException.class,
                        () -> context.eval("dart", "import 'dart:io'; void main() { stdout.write('partial'); exit(3); print('not reached'); }"));
        assertExited(context, e, 3);
        assertEquals("partial", stdout());
    }

    @Test
    void exitFromASpawnedIsolateEndsTheProgram() {
        String program = """
                        import 'dart:io';
                        import 'dart:isolate';
                        void worker(SendPort port) { print('worker'); exit(9); }
                        Future<void> main() async {
                          var port = ReceivePort();
                          await Isolate.spawn(worker, port.sendPort);
                          await port.first;
                          print('not reached');
                        }
                        """;
        try (Engine engine = Engine.create("dart")) {
            Context context = Context.newBuilder("dart").engine(engine).allowCreateThread(true).out(out).build();
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("dart", program));
            assertExited(context, e, 9);
        }
        assertEquals("worker\n", stdout());
    }

    /** An exited context reports the exit again when closed (Truffle's hard exit). */
    private static void assertExited(Context context, PolyglotException e, int status) {
        assertTrue(e.isExit());
        assertEquals(status, e.getExitStatus());
        PolyglotException onClose = assertThrows(PolyglotException.class, context::close);
        assertEquals(status, onClose.getExitStatus());
    }

    @Test
    void exitCodeIsTheProgramsValue() {
        try (Context context = Context.newBuilder("dart").out(out).build()) {
            assertEquals(4, context.eval("dart", "import 'dart:io'; void main() { exitCode = 4; }").asInt());
        }
    }
}
