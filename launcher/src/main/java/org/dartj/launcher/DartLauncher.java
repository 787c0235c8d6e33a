package org.dartj.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;

/**
 * The {@code dartj} command: {@code dartj [options] FILE.dart [args]} or
 * {@code dartj run FILE.dart [args]}, like the {@code dart} tool. Uses only the polyglot API.
 * Exit codes: 0 ok, 254 compile error, 255 uncaught Dart error, 70 internal error.
 */
public final class DartLauncher {
    static final int EXIT_COMPILE_ERROR = 254;
    static final int EXIT_UNCAUGHT = 255;
    static final int EXIT_INTERNAL = 70;

    private DartLauncher() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        if (!args.isEmpty() && args.get(0).equals("run")) {
            args.remove(0);
        }
        boolean waitForever = false;
        String packages = "";
        Map<String, String> engineOptions = new LinkedHashMap<>();
        while (!args.isEmpty() && args.get(0).startsWith("--")) {
            String option = args.remove(0);
            switch (option) {
                case "--help" -> {
                    out.println(usage());
                    return 0;
                }
                case "--version" -> {
                    try (Engine engine = Engine.create("dart")) {
                        out.println("DartJ " + engine.getLanguages().get("dart").getVersion() + " on " + engine.getImplementationName());
                    }
                    return 0;
                }
                case "--wait-forever" -> waitForever = true;
                case "--enable-asserts" -> engineOptions.put("dart.EnableAsserts", "true");
                default -> {
                    if (option.startsWith("--packages=")) {
                        packages = option.substring("--packages=".length());
                        continue;
                    }
                    String body = option.substring(2);
                    int eq = body.indexOf('=');
                    engineOptions.put(eq < 0 ? body : body.substring(0, eq), eq < 0 ? "true" : body.substring(eq + 1));
                }
            }
        }
        if (args.isEmpty()) {
            err.println(usage());
            return 64;
        }
        String path = args.remove(0);
        File file = new File(path);
        Source source;
        try {
            source = Source.newBuilder("dart", file).name(path).build();
        } catch (IOException e) {
            err.println("Error when reading '" + path + "': " + (file.exists() ? e.getMessage() : "No such file or directory"));
            return EXIT_COMPILE_ERROR;
        }
        try (Engine engine = Engine.newBuilder("dart").allowExperimentalOptions(true).options(engineOptions).build();
                        Context context = Context.newBuilder("dart").engine(engine).allowAllAccess(true).allowCreateThread(true).out(out).err(err)
                                        .arguments("dart", args.toArray(new String[0])).option("dart.ExitOnQuiescence", Boolean.toString(!waitForever)).option("dart.ReportUncaught", "true").option("dart.Packages", packages).build()) {
            try {
                // The program's value is its exit code (dart:io's exitCode).
                org.graalvm.polyglot.Value status = context.eval(source);
                return status.fitsInInt() ? status.asInt() : 0;
            } catch (PolyglotException e) {
                // Report while the context is open: the stack trace needs it.
                return report(e, err);
            }
        } catch (PolyglotException e) {
            return report(e, err);
        } catch (IllegalArgumentException e) {
            err.println("dartj: " + e.getMessage());
            return 64;
        }
    }

    private static int report(PolyglotException e, PrintStream err) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isSyntaxError()) {
            err.println(e.getMessage());
            return EXIT_COMPILE_ERROR;
        }
        if (e.isGuestException() && !e.isInternalError()) {
            err.println("Unhandled exception:");
            err.println(e.getMessage());
            int index = 0;
            for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
                if (!frame.isGuestFrame() || !"dart".equals(frame.getLanguage().getId())) {
                    continue;
                }
                SourceSection s = frame.getSourceLocation();
                String location = s == null ? "<unknown>" : fileUri(s.getSource()) + ":" + s.getStartLine() + ":" + s.getStartColumn();
                err.printf("#%-6d %s (%s)%n", index++, frame.getRootName(), location);
            }
            return EXIT_UNCAUGHT;
        }
        err.println("dartj: internal error (a bug in DartJ, please report it with this trace):");
        e.printStackTrace(err);
        return EXIT_INTERNAL;
    }

    private static String fileUri(Source source) {
        String p = source.getPath();
        return p == null ? source.getName() : "file://" + new File(p).getAbsolutePath();
    }

    private static String usage() {
        return """
                        Usage: dartj [options] FILE.dart [arguments]
                               dartj run [options] FILE.dart [arguments]

                        Runs a Dart program on the JVM (GraalVM Truffle).

                        Options:
                          --wait-forever   keep running while a port is open, like the Dart VM,
                                           even when no message can arrive (default: exit 0 when
                                           the program is quiescent and say so on stderr)
                          --help           this text
                          --version        the DartJ and Truffle versions
                          --<option>=<v>   a Truffle engine or tool option (e.g. --cpusampler)

                        Exit codes: 0 ok, 254 compile error, 255 uncaught exception,
                        70 internal error, or the code given to exit().""";
    }
}
