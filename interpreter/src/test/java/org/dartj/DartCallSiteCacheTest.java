package org.dartj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Call sites that see several receiver classes keep their compiled code: the member-call,
 * property and type-check caches grow (up to their limit, then go generic) instead of
 * deoptimizing whenever a class other than the first arrives. Compilation is synchronous and
 * single-tier here, so the count of deoptimizations does not depend on the machine's load.
 */
@Timeout(300)
class DartCallSiteCacheTest {
    private static final String PROGRAM = """
                    abstract class Shape { int size(); }
                    class A extends Shape { int w = 1; int size() => w; }
                    class B extends Shape { int get w => 2; int size() => w; }
                    class C extends Shape { int size() => 3; }
                    class D extends Shape { int size() => 4; }
                    class E extends Shape { int size() => 5; }
                    class F extends Shape { int size() => 6; }
                    int measure(Shape s) => s.size();
                    int total(List<Shape> all, List<Shape> few) {
                      var sum = 0;
                      for (var s in all) sum += measure(s);
                      for (var s in few) {
                        if (s is A) s.w = s.w;
                        sum += s.size();
                      }
                      return sum;
                    }
                    void main() {
                      var all = <Shape>[A(), B(), C(), D(), E(), F()];
                      var few = <Shape>[A(), B(), C()];
                      var sum = 0;
                      for (var i = 0; i < 20000; i++) sum += total(all, few);
                      print(sum);
                    }
                    """;

    @Test
    void polymorphicSitesDoNotDeoptimizeRepeatedly() {
        assertCompiledAndStable(PROGRAM, "540000\n");
    }

    /** Runs {@code program} with synchronous single-tier compilation: its output, something compiled, at most 3 deoptimizations. */
    private static void assertCompiledAndStable(String program, String expectedOut) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").out(out).logHandler(log).allowExperimentalOptions(true) //
                        .option("engine.TraceCompilation", "true") //
                        .option("engine.BackgroundCompilation", "false") //
                        .option("engine.MultiTier", "false") //
                        .build()) {
            context.eval("dart", program);
        }
        assertEquals(expectedOut, out.toString(StandardCharsets.UTF_8));
        String trace = log.toString(StandardCharsets.UTF_8);
        assertTrue(trace.contains("opt done"), "nothing was compiled:\n" + trace);
        long deopts = trace.lines().filter(l -> l.contains("opt deopt")).count();
        assertTrue(deopts <= 3, deopts + " deoptimizations:\n" + trace);
    }

    /**
     * Values DartJ accepts only through its lenient second check (an int literal passed for a
     * {@code double} parameter or stored into a double field, a loop over doubles where counted
     * loops expect ints) take a profiled slow path; before, each run left compiled code again.
     */
    @Test
    void lenientChecksAndNonIntLoopsDoNotDeoptimizeRepeatedly() {
        String program = """
                        class P {
                          final double x, y;
                          double z = 0;
                          P(this.x, this.y);
                          P operator +(P o) => P(x + o.x, y + o.y);
                        }
                        double scale(double f, num n) => f * n;
                        void main() {
                          var acc = P(0, 0);
                          var total = 0.0;
                          for (var i = 0; i < 30000; i++) {
                            acc = acc + P(1, 2);
                            acc.z = 3;
                            total += scale(2, i);
                            for (var d = 0.5; d < 2; d++) total += d;
                          }
                          print('${acc.x} ${acc.y} ${acc.z} $total');
                        }
                        """;
        assertCompiledAndStable(program, "30000.0 60000.0 3.0 900030000.0\n");
    }

    /**
     * A field that holds ints, doubles, null and objects in turn widens its sites' profiles once
     * per kind; an operator site over several classes keeps a direct call per class.
     */
    @Test
    void fieldKindsAndUserOperatorsDoNotDeoptimizeRepeatedly() {
        String program = """
                        class Cell { var value; Cell(this.value); }
                        class A { final int v; A(this.v); A operator +(A o) => A(v + o.v); }
                        class B { final double v; B(this.v); B operator +(B o) => B(v + o.v * 2); }
                        class C { final String v; C(this.v); C operator +(C o) => C(o.v); }
                        Object plus(Object a, Object b) => (a as dynamic) + b;
                        void main() {
                          var cell = Cell(0);
                          var ops = <Object>[A(1), B(0.5), C('c')];
                          var n = 0.0;
                          Object last = 0;
                          for (var i = 0; i < 30000; i++) {
                            cell.value = i;
                            n += cell.value;
                            cell.value = i * 0.5;
                            n += cell.value;
                            cell.value = i.isEven ? null : cell;
                            if (cell.value == null) n += 1;
                            var o = ops[i % 3];
                            last = plus(o, o);
                          }
                          print('$n ${(plus(A(2), A(3)) as A).v} ${(last as C).v}');
                        }
                        """;
        assertCompiledAndStable(program, "674992500.0 5 c\n");
    }
}
