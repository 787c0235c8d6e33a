import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.dartj.parser.DartLexer;
import org.dartj.parser.DartParser;

/**
 * Parse-speed harness for the ANTLR grammar (no JUnit, no Truffle): lexes and parses every
 * Dart file of the core-library resources and the examples, each file as one unit.
 *
 * <pre>
 * java -cp grammar/target/classes:ANTLR_RUNTIME_JAR bench/java/ParseBench.java [options]
 *   --rounds=N     parse the whole set N times in this JVM (default 1: a cold parse)
 *   --profile      ANTLR's profiling simulator: time and lookahead per decision (slow)
 *   --two-stage    SLL prediction with BailErrorStrategy, LL again only on failure
 *   --top=N        decisions to list with --profile (default 15)
 *   --show-ambiguities  with --profile: the first three ambiguous inputs of each decision
 * </pre>
 *
 * Prints the wall and thread CPU time of the first round (cold: ATN deserialization, empty DFA caches, JIT cold),
 * of the last round (warm) and, with --profile, the decisions that cost most prediction time
 * in the last round. Files with a syntax error (negative golden programs) are counted, not
 * timed separately.
 */
public final class ParseBench {
    private static final class CountingListener extends BaseErrorListener {
        int errors;

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine, String msg, RecognitionException e) {
            errors++;
        }
    }

    public static void main(String[] args) throws IOException {
        int rounds = 1;
        int top = 15;
        boolean profile = false;
        boolean twoStage = false;
        for (String a : args) {
            if (a.startsWith("--rounds=")) {
                rounds = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("--top=")) {
                top = Integer.parseInt(a.substring(6));
            } else if (a.equals("--profile")) {
                profile = true;
            } else if (a.equals("--show-ambiguities")) {
                showAmbiguities = true;
            } else if (a.equals("--two-stage")) {
                twoStage = true;
            } else {
                throw new IllegalArgumentException("unknown option " + a);
            }
        }
        long jvmStart = System.nanoTime();
        List<Path> files = inputs();
        List<String> texts = new ArrayList<>();
        long lines = 0;
        for (Path f : files) {
            String s = Files.readString(f);
            texts.add(s);
            lines += s.lines().count();
        }
        DartParser last = null;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long first = 0;
        long firstCpu = 0;
        long lastRound = 0;
        long lastCpu = 0;
        int failed = 0;
        for (int r = 0; r < rounds; r++) {
            failed = 0;
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < texts.size(); i++) {
                DartLexer lexer = new DartLexer(CharStreams.fromString(texts.get(i), files.get(i).toString()));
                lexer.removeErrorListeners();
                CommonTokenStream tokens = new CommonTokenStream(lexer);
                DartParser parser = new DartParser(tokens);
                parser.removeErrorListeners();
                CountingListener errors = new CountingListener();
                parser.addErrorListener(errors);
                if (profile && r == rounds - 1) {
                    parser.setProfile(true);
                    last = parser;
                }
                if (twoStage) {
                    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
                    parser.setErrorHandler(new BailErrorStrategy());
                    try {
                        parser.compilationUnit();
                    } catch (ParseCancellationException e) {
                        tokens.seek(0);
                        parser.reset();
                        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                        parser.setErrorHandler(new DefaultErrorStrategy());
                        parser.compilationUnit();
                    }
                } else {
                    parser.compilationUnit();
                }
                if (errors.errors > 0) {
                    failed++;
                }
                if (profile && r == rounds - 1) {
                    report(parser);
                }
            }
            long t = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - startCpu;
            if (r == 0) {
                first = t;
                firstCpu = cpu;
            }
            lastRound = t;
            lastCpu = cpu;
        }
        System.out.printf("files %d, lines %d, with syntax errors %d%n", files.size(), lines, failed);
        System.out.printf("first round %d ms (JVM start to end %d ms), last of %d rounds %d ms%n", first / 1_000_000,
                        (System.nanoTime() - jvmStart) / 1_000_000, rounds, lastRound / 1_000_000);
        System.out.printf("cpu: first round %d ms, last round %d ms%n", firstCpu / 1_000_000, lastCpu / 1_000_000);
        if (profile) {
            printTotals(top);
        }
    }

    private static List<Path> inputs() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("interpreter/src/main/resources/org/dartj/lib"))) {
            s.filter(p -> p.toString().endsWith(".dart")).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.walk(Path.of("examples"))) {
            s.filter(p -> p.toString().endsWith(".dart")).sorted().forEach(files::add);
        }
        return files;
    }

    private static boolean showAmbiguities;
    private static final java.util.Map<Integer, Integer> shown = new java.util.HashMap<>();

    // Per-decision totals over every file of the profiled round.
    private static long[] time;
    private static long[] invocations;
    private static long[] llFallback;
    private static long[] ambiguities;
    private static long[] maxLook;
    private static long[] sllLook;
    private static long[] llLook;
    private static String[] names;

    private static void report(DartParser parser) {
        DecisionInfo[] infos = parser.getParseInfo().getDecisionInfo();
        if (time == null) {
            int n = infos.length;
            time = new long[n];
            invocations = new long[n];
            llFallback = new long[n];
            ambiguities = new long[n];
            maxLook = new long[n];
            sllLook = new long[n];
            llLook = new long[n];
            names = new String[n];
        }
        for (DecisionInfo d : infos) {
            int k = d.decision;
            time[k] += d.timeInPrediction;
            invocations[k] += d.invocations;
            llFallback[k] += d.LL_Fallback;
            ambiguities[k] += d.ambiguities.size();
            maxLook[k] = Math.max(maxLook[k], Math.max(d.SLL_MaxLook, d.LL_MaxLook));
            sllLook[k] += d.SLL_TotalLook;
            llLook[k] += d.LL_TotalLook;
            names[k] = parser.getRuleNames()[parser.getATN().decisionToState.get(k).ruleIndex];
            for (var amb : d.ambiguities) {
                if (showAmbiguities && shown.merge(k, 1, Integer::sum) <= 3) {
                    String text = parser.getTokenStream().getText(parser.getTokenStream().get(amb.startIndex), parser.getTokenStream().get(amb.stopIndex));
                    System.out.printf("ambiguity in decision %d (%s), alternatives %s: %s%n", k, names[k], amb.ambigAlts,
                                    text.length() > 120 ? text.substring(0, 120) + "..." : text);
                }
            }
        }
    }

    private static void printTotals(int top) {
        Integer[] order = new Integer[time.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -time[i]));
        long total = Arrays.stream(time).sum();
        System.out.printf("prediction time (profiled round) %d ms%n", total / 1_000_000);
        System.out.printf("%-8s %-26s %8s %11s %10s %9s %6s %8s%n", "decision", "rule", "time ms", "invocations", "SLL look", "LL look", "LL fb", "max look");
        for (int j = 0; j < Math.min(top, order.length); j++) {
            int k = order[j];
            System.out.printf("%-8d %-26s %8.1f %11d %10d %9d %6d %8d  ambiguities %d%n", k, names[k], time[k] / 1e6, invocations[k], sllLook[k], llLook[k],
                            llFallback[k], maxLook[k], ambiguities[k]);
        }
        long amb = Arrays.stream(ambiguities).sum();
        long fb = Arrays.stream(llFallback).sum();
        System.out.printf("all decisions: LL fallbacks %d, ambiguities %d%n", fb, amb);
    }
}
