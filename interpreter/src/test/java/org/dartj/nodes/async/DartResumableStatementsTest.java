package org.dartj.nodes.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Resumable statements that the translator builds for awaits in case guards, switch expressions
 * and loop updates: a suspension resumes at the part that suspended and nothing before it runs
 * again.
 */
@Timeout(60)
class DartResumableStatementsTest {
    /** An object pattern reads {@code x} through a getter that logs each read. */
    private static final String COUNTED = """
                    var reads = 0;
                    class P {
                      final int v;
                      P(this.v);
                      int get x { reads++; return v; }
                    }
                    Future<bool> slow(bool b) async { await null; await null; return b; }
                    """;

    private static String run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").out(out).build()) {
            context.eval(Source.newBuilder("dart", program, "t.dart").buildLiteral());
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void aSuspendedGuardDoesNotMatchItsPatternAgain() {
        assertEquals("2 reads, case 2", run(COUNTED + """
                        void main() async {
                          var r = 0;
                          switch (P(5)) {
                            case P(x: var a) when await slow(a > 9): r = 1;
                            case P(x: var b) when await slow(b == 5): r = 2;
                            default: r = 3;
                          }
                          print('$reads reads, case $r');
                        }
                        """));
    }

    @Test
    void aSwitchExpressionEvaluatesItsSubjectOnce() {
        assertEquals("1 reads, 10", run(COUNTED + """
                        void main() async {
                          var p = P(5);
                          var y = switch (p.x) { int n when await slow(n > 1) => n * 2, _ => 0 };
                          print('$reads reads, $y');
                        }
                        """));
    }

    @Test
    void anIfCaseWithoutMatchRunsTheElseBranchWithoutTheGuard() {
        assertEquals("else, guards 0", run("""
                        var guards = 0;
                        Future<bool> guard() async { guards++; await null; return true; }
                        void main() async {
                          if ('s' case int _ when await guard()) { print('then'); } else { print('else, guards $guards'); }
                        }
                        """));
    }

    @Test
    void anUpdateThatAwaitsDoesNotRunTheBodyAgain() {
        assertEquals("[0, 1, 2] 3", run("""
                        void main() async {
                          var bodies = 0;
                          var seen = <int>[];
                          for (var i = 0; i < 3; i = await Future.value(i + 1)) { seen.add(i); bodies++; }
                          print('$seen $bodies');
                        }
                        """));
    }

    @Test
    void anAwaitInAPatternIsACompileError() {
        try (Context context = Context.newBuilder("dart").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(Source.newBuilder("dart", """
                            void main() async {
                              switch (1) {
                                case == await Future.value(1): print('one');
                              }
                            }
                            """, "bad.dart").buildLiteral()));
            assertTrue(e.isSyntaxError(), e::toString);
            assertTrue(e.getMessage().startsWith("bad.dart:3:13: Error: "), e.getMessage());
        }
    }
}
