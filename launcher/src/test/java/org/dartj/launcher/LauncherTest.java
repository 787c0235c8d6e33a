package org.dartj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line: arguments, exit codes, compile errors, quiescence exit. */
@Timeout(60)
class LauncherTest {
    @TempDir Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result run(String source, String... args) throws IOException {
        Path file = dir.resolve("prog.dart");
        Files.writeString(file, source);
        String[] argv = new String[args.length + 1];
        argv[0] = file.toString();
        System.arraycopy(args, 0, argv, 1, args.length);
        return runArgs(argv);
    }

    private static Result runArgs(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = DartLauncher.run(argv, o, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void mainReceivesArguments() throws IOException {
        Result r = run("void main(List<String> args) { print(args); print(args.length); }", "a", "b c");
        assertEquals("[a, b c]\n2\n", r.out);
        assertEquals(0, r.exit);
    }

    @Test
    void runSubcommandIsAccepted() throws IOException {
        Path file = dir.resolve("hello.dart");
        Files.writeString(file, "main() { print('hi'); }");
        Result r = runArgs("run", file.toString());
        assertEquals("hi\n", r.out);
    }

    @Test
    void syntaxErrorGivesFileLineColumnSourceLineAndCaret() throws IOException {
        Result r = run("void main() {\n  print(1 +);\n}\n");
        assertEquals(254, r.exit);
        assertTrue(r.err.contains("prog.dart:2:12: Error: "), r.err);
        assertTrue(r.err.contains("  print(1 +);\n           ^"), r.err);
    }

    @Test
    void undefinedNameIsACompileError() throws IOException {
        Result r = run("void main() {\n  print(nope);\n}\n");
        assertEquals(254, r.exit);
        assertTrue(r.err.contains("prog.dart:2:9: Error: Undefined name 'nope'."), r.err);
        assertEquals("", r.out);
    }

    @Test
    void wrongPositionalArgumentCountToATopLevelFunctionIsACompileError() throws IOException {
        Result r = run("int f(int a) => a;\nvoid main() {\n  f(1, 2);\n}\n");
        assertEquals(254, r.exit);
        assertTrue(r.err.contains("prog.dart:3:4: Error: Too many positional arguments"), r.err);
    }

    @Test
    void assignmentToFinalIsACompileError() throws IOException {
        Result r = run("void main() {\n  final x = 1;\n  x = 2;\n}\n");
        assertEquals(254, r.exit);
        assertTrue(r.err.contains("prog.dart:3:3: Error: Can't assign to the final variable 'x'."), r.err);
    }

    @Test
    void uncaughtErrorExits255WithDartStackTrace() throws IOException {
        Result r = run("void f() {\n  throw StateError('bad');\n}\nvoid main() {\n  print('before');\n  f();\n}\n");
        assertEquals(255, r.exit);
        assertEquals("before\n", r.out);
        assertTrue(r.err.startsWith("Unhandled exception:\nBad state: bad\n#0      f (file://"), r.err);
        assertTrue(r.err.contains("prog.dart:2:3)\n#1      main (file://"), r.err);
    }

    @Test
    void runtimeErrorsHaveDartTexts() throws IOException {
        Result r = run("void main() {\n  var l = [1, 2, 3];\n  print(l[5]);\n}\n");
        assertEquals(255, r.exit);
        assertTrue(r.err.contains("RangeError (index): Index out of range: index should be less than 3: 5"), r.err);
    }

    @Test
    void quiescentProgramExitsZeroAndNamesTheOpenPort() throws IOException {
        Result r = run("import 'dart:isolate';\nvoid main() {\n  final port = ReceivePort();\n  print('waiting');\n}\n");
        assertEquals(0, r.exit);
        assertEquals("waiting\n", r.out);
        assertTrue(r.err.contains("ReceivePort created at "), r.err);
        assertTrue(r.err.contains("prog.dart:3:16"), r.err);
        assertEquals(1, r.err.lines().count(), r.err);
    }

    @Test
    void missingFileIsReported() {
        Result r = runArgs(dir.resolve("missing.dart").toString());
        assertEquals(254, r.exit);
        assertTrue(r.err.contains("No such file or directory"), r.err);
    }

    @Test
    void helpAndVersion() {
        assertTrue(runArgs("--help").out.contains("Usage: dartj"));
        assertTrue(runArgs("--version").out.startsWith("DartJ "));
    }
}
