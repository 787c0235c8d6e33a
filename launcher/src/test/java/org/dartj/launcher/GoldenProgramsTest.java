package org.dartj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code examples/**.dart} through the launcher, in process, and compares: stdout
 * with {@code NAME.out} exactly, the exit code with {@code NAME.exit} (default 0), and each
 * line of {@code NAME.err} as a regular expression found in stderr. {@code NAME.options}, if
 * present, holds launcher options put before the program (such as {@code --enable-asserts}).
 * Each program has a timeout, so a deadlock fails instead of hanging.
 */
class GoldenProgramsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    static Path examplesDir() {
        return Paths.get(System.getProperty("dartj.examples", "../examples")).toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        Path root = examplesDir();
        List<Path> programs;
        try (Stream<Path> files = Files.walk(root)) {
            programs = files.filter(p -> p.toString().endsWith(".dart")).filter(p -> Files.exists(withExtension(p, ".out"))).sorted().toList();
        }
        assertTrue(programs.size() >= 15, "expected the golden programs under " + root);
        return programs.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(p)));
    }

    private static Path withExtension(Path dart, String extension) {
        String name = dart.getFileName().toString();
        return dart.resolveSibling(name.substring(0, name.length() - ".dart".length()) + extension);
    }

    private static void check(Path program) throws IOException {
        String expectedOut = Files.readString(withExtension(program, ".out"));
        Path exitFile = withExtension(program, ".exit");
        int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).trim()) : 0;
        Path errFile = withExtension(program, ".err");
        List<String> errPatterns = Files.exists(errFile) ? Files.readAllLines(errFile).stream().filter(l -> !l.isBlank()).toList() : List.of();

        Path optionsFile = withExtension(program, ".options");
        List<String> args = new java.util.ArrayList<>();
        if (Files.exists(optionsFile)) {
            args.addAll(List.of(Files.readString(optionsFile).trim().split("\\s+")));
        }
        args.add(program.toString());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = assertTimeoutPreemptively(TIMEOUT, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                return DartLauncher.run(args.toArray(new String[0]), o, e);
            }
        }, () -> program + " did not finish within " + TIMEOUT);
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedOut, stdout, () -> "stdout of " + program + "\nstderr:\n" + stderr);
        assertEquals(expectedExit, exit, () -> "exit code of " + program + "\nstderr:\n" + stderr);
        for (String pattern : errPatterns) {
            assertTrue(Pattern.compile(pattern).matcher(stderr).find(), () -> "stderr of " + program + " lacks /" + pattern + "/:\n" + stderr);
        }
        if (errPatterns.isEmpty() && expectedExit == 0) {
            assertTrue(!stderr.contains("Exception") && !stderr.contains("internal error"), () -> "unexpected stderr for " + program + ":\n" + stderr);
        }
    }
}
