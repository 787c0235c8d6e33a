package org.dartj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.dartj.DartLanguage;
import org.dartj.nodes.expression.DartNullShortNode;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * Null-shorting as the translator builds it: a null-aware selector with more selectors (or an
 * assignment) after it opens one scope that ends with the selector chain; chains without
 * {@code ?.} get no scope at all; the rest of a shorted chain, arguments and right-hand sides
 * included, is not evaluated.
 */
@Timeout(60)
class DartNullShortingTest {
    private static final String DECLARATIONS = """
                    var log = <String>[];
                    int note(String s) { log.add(s); return 1; }
                    class A {
                      A? next;
                      int n = 0;
                      List<int?> xs = [null, 2];
                      A self() { log.add('self'); return this; }
                      int get g { log.add('get'); return n; }
                      set g(int v) { log.add('set $v'); n = v; }
                    }
                    A? none() => null;
                    class Adder { int call(int x) => x + 3; }
                    A? some() => A();
                    """;

    private static String run(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").out(out).build()) {
            context.eval(Source.newBuilder("dart", DECLARATIONS + "void main() async {\n" + body + "\n}\n", "t.dart").buildLiteral());
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    /** How many null-shorting scopes the translator made for {@code main}'s body. */
    private static int scopesIn(String body) {
        try (Context context = Context.newBuilder("dart").build()) {
            context.initialize("dart");
            context.enter();
            try {
                DartLanguage language = DartLanguage.get(null);
                com.oracle.truffle.api.source.Source source = com.oracle.truffle.api.source.Source.newBuilder("dart", DECLARATIONS + "void main() {\n" + body + "\n}\n", "t.dart")
                                .build();
                RootNode main = DartTranslator.translate(language, source).main().get().callTarget.getRootNode();
                return NodeUtil.findAllNodeInstances(main, DartNullShortNode.class).size();
            } finally {
                context.leave();
            }
        }
    }

    @Test
    void plainChainsAndSingleNullAwareAccessesNeedNoScope() {
        assertEquals(0, scopesIn("var a = A(); print(a.next!.n.isEven); a.xs[0] = a.n; a.n += 1;"));
        assertEquals(0, scopesIn("var a = some(); print(a?.n); print(a?.self()); a?.next;"));
    }

    @Test
    void eachNullAwareSelectorWithARestOpensOneScope() {
        assertEquals(1, scopesIn("print(some()?.n.isEven);"));
        assertEquals(2, scopesIn("print(some()?.next?.n.isEven);"));
        assertEquals(1, scopesIn("print(some()?.xs[0]);"));
        assertEquals(1, scopesIn("some()?.n = 1;"));
        assertEquals(1, scopesIn("some()?.next!.n += 1;"));
        // A parenthesized chain ends its scopes: the outer selectors are not part of them.
        assertEquals(1, scopesIn("print((some()?.next)?.n.isEven);"));
    }

    @Test
    void aNullReceiverSkipsTheRestOfTheChain() {
        assertEquals("null null null []", run("""
                        print('${none()?.self().n.isEven} ${none()?.next!.self()} ${none()?.xs[note('i')]} $log');"""));
        assertEquals("true true [self]", run("print('${some()?.self().n.isEven} ${some()?.n.isEven} $log');"));
        // Parentheses end the chain: the selector after them runs on null.
        assertEquals("Null", run("print((none()?.n).runtimeType);"));
    }

    @Test
    void shortedAssignmentsEvaluateNoRightHandSide() {
        assertEquals("null null null null null null []", run("""
                        var a = none();
                        print('${a?.n = note('=')} ${a?.n += note('+=')} ${a?.n ??= note('??=')} ${a?.n++} ${++a?.n} ${a?.xs[note('i')] = note('v')} $log');"""));
        assertEquals("5 6 6 6 8 3 [=, +=]", run("""
                        var a = some();
                        print('${a?.n = 4 + note('=')} ${a?.n += note('+=')} ${a?.n ??= note('??=')} ${a?.n++} ${++a?.n} ${a?.xs[0] ??= 3} $log');"""));
    }

    @Test
    void ifNullAssignmentCallsTheSetterOnlyForNull() {
        assertEquals("0 [get]", run("var a = A(); print('${a.g ??= 5} $log');"));
        assertEquals("0 [get]", run("var a = some(); print('${a?.g ??= 5} $log');"));
        assertEquals("[get]", run("var a = A(); a..g ??= 5; print(log);"));
    }

    @Test
    void awaitsInTheRestRunOnlyWhenTheReceiverIsNotNull() {
        assertEquals("null []\n2 [f]", run("""
                        Future<int> f() async { log.add('f'); return 1; }
                        var r1 = none()?.self().xs[await f()];
                        print('$r1 $log');
                        log.clear();
                        var a = some();
                        var r2 = a?.xs[await f()];
                        print('$r2 $log');"""));
        assertEquals("null 7 [f]", run("""
                        Future<int> f() async { log.add('f'); return 7; }
                        print('${none()?.next!.n = await f()} ${some()?.n = await f()} $log');"""));
    }

    @Test
    void callOfAFunctionValueIsTheCallItself() {
        assertEquals("3 null 4 []", run("""
                        int Function(int)? fn(bool b) => b ? (x) => x + 2 : null;
                        print('${fn(true)!.call(1)} ${fn(false)?.call(note('arg'))} ${Adder().call(1)} $log');"""));
    }

    @Test
    void cascadeSectionsShortOnTheirOwn() {
        assertEquals("[0, 2] 1 null", run("""
                        var a = A();
                        a..next?.n = note('skipped')..xs[0] = 0..n = 1;
                        var b = none()?..n = note('skipped')..xs.add(note('also'));
                        print('${a.xs} ${a.n} $b');"""));
    }
}
