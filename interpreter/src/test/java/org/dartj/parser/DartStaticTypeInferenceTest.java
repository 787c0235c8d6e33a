package org.dartj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The translator's static types at work in whole programs: known types feed inference;
 * where flow analysis could promote a variable, or a type depends on a context we do not
 * model, the type stays unknown and inference keeps its untyped default.
 */
@Timeout(60)
class DartStaticTypeInferenceTest {
    private static final String DECLARATIONS = """
                    class Box<T> {
                      final T value;
                      Box(this.value);
                    }
                    class Sub<T> extends Box<T> {
                      Sub(super.value);
                    }
                    class Animal {}
                    class Dog extends Animal {}
                    """;

    private static String run(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").out(out).build()) {
            context.eval("dart", DECLARATIONS + "void main() async {\n" + body + "\n}\n");
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void localsCarryTheirInferredTypes() {
        assertEquals("Box<int>", run("var x = 1;\nvar y = x * 2;\nprint(Box(y).runtimeType);"));
        assertEquals("Box<List<String>>", run("final xs = ['a'];\nprint(Box(xs).runtimeType);"));
        assertEquals("Box<Animal>", run("Animal a = Dog();\nprint(Box(a).runtimeType);"));
    }

    @Test
    void variablesOfSealedCoreTypesStayTypedUnderTests() {
        // An int, String, double or bool variable cannot be promoted to anything else.
        assertEquals("Box<int>", run("int k = 1;\nif (k is int) { print(Box(k).runtimeType); }"));
    }

    @Test
    void promotionCandidatesAreFoundInTheFunctionText() {
        var unit = DartParseDriver.parse(com.oracle.truffle.api.source.Source.newBuilder("dart", """
                        void f(Object a, Object b, Object c, Object d, int? e, Object g) {
                          if (a is int) {}
                          b as String;
                          switch (c) { case int(): break; }
                          if (d case String s) {}
                          e!;
                          var h = () => g is int;
                        }
                        """, "t.dart").build());
        java.util.Set<String> names = new java.util.TreeSet<>();
        DartScopes.promotedNames(unit, names);
        assertEquals("[a, b, c, d, e, g]", names.toString());
    }

    @Test
    void closuresSeeVariablesOfTheirEnclosingFunction() {
        assertEquals("Box<double>", run("var d = 1.5;\nvar f = () => Box(d);\nprint(f().runtimeType);"));
        assertEquals("() => int", run("var n = 2;\nvar f = () => n + 1;\nprint(f.runtimeType);"));
    }

    @Test
    void untypedParametersWithoutContextKeepTheirOldMeaning() {
        assertEquals("(dynamic) => dynamic", run("var f = (x) => x;\nprint(f.runtimeType);"));
        assertEquals("Closure: main.<anonymous closure>", run("var f = (x) => [x];\nprint(f);"));
    }

    @Test
    void awaitGivesTheFuturesValueType() {
        assertEquals("Box<String>", run("Future<String> f() async => 'a';\nvar s = await f();\nprint(Box(s).runtimeType);"));
    }
}
