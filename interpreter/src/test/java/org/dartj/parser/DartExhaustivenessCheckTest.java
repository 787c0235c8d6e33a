package org.dartj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Which switches the translator checks: those over a variable with a declared type that flow
 * analysis cannot have promoted; switches Dart accepts (promoted variables, num split into int
 * and double, list patterns) run.
 */
@Timeout(60)
class DartExhaustivenessCheckTest {
    private static final String DECLARATIONS = """
                    enum Suit { a, b }
                    sealed class Shape {}
                    class Circle extends Shape {}
                    class Square extends Shape {}
                    """;

    private static String run(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").out(out).err(new ByteArrayOutputStream()).build()) {
            context.eval("dart", DECLARATIONS + "void main() {\n" + body + "\n}\n");
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    private static String runProgram(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").out(out).err(new ByteArrayOutputStream()).build()) {
            context.eval("dart", program);
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    private static String compileError(String body) {
        PolyglotException e = assertThrows(PolyglotException.class, () -> run(body));
        assertTrue(e.isSyntaxError(), e::getMessage);
        return e.getMessage();
    }

    @Test
    void missingSealedSubclassIsReported() {
        String message = compileError("Shape s = Circle();\nprint(switch (s) { Circle() => 1 });");
        assertTrue(message.contains("The type 'Shape' is not exhaustively matched by the switch cases since it doesn't match 'Square()'."), message);
        assertTrue(message.contains("Try adding a wildcard pattern or cases that match 'Square()'."), message);
    }

    @Test
    void guardedCasesDoNotCount() {
        String message = compileError("bool b = true;\nvar x = false;\nprint(switch (b) { true when x => 1, false => 0 });");
        assertTrue(message.contains("doesn't match 'true'"), message);
    }

    @Test
    void nullableVariableAssignedANonNullValueIsPromoted() {
        assertEquals("a", run("Suit? s = Suit.a;\nswitch (s) {\n case Suit.a: print('a');\n case Suit.b: print('b');\n}"));
    }

    @Test
    void typeTestedVariableIsPromoted() {
        assertEquals("1", run("Object o = Circle();\nif (o is Shape) { print(switch (o) { Circle() => 1, Square() => 2 }); }"));
    }

    @Test
    void numIsCoveredByIntAndDouble() {
        assertEquals("i d", run("String f(num n) => switch (n) { int() => 'i', double() => 'd' };\nprint('${f(1)} ${f(1.5)}');"));
    }

    @Test
    void listPatternsAreLeftToTheRuntime() {
        assertEquals("0 1", run("int f(List<int> xs) => switch (xs) { [] => 0, [_, ...] => 1 };\nprint('${f([])} ${f([5])}');"));
    }

    @Test
    void switchStatementsOverIntNeedNoDefault() {
        assertEquals("", run("int n = 3;\nswitch (n) {\n case 1: print('one');\n}"));
    }

    private static String compileErrorOf(String program) {
        PolyglotException e = assertThrows(PolyglotException.class, () -> {
            try (Context context = Context.newBuilder("dart").out(new ByteArrayOutputStream()).err(new ByteArrayOutputStream()).build()) {
                context.eval("dart", program);
            }
        });
        assertTrue(e.isSyntaxError(), e::getMessage);
        return e.getMessage();
    }

    @Test
    void untypedParameterOfATopLevelFunctionIsDynamic() {
        String message = compileErrorOf("String f(x) => switch (x) { int() => 'i' };\nvoid main() { print(f(1)); }\n");
        assertTrue(message.contains("The type 'dynamic' is not exhaustively matched by the switch cases since it doesn't match 'Object()'."), message);
    }

    @Test
    void genericSealedSubclassesGetTheScrutineesTypeArguments() {
        String message = compileErrorOf("""
                        sealed class R<T> {}
                        class Ok<T> extends R<T> { final T v; Ok(this.v); }
                        class No<T> extends R<T> {}
                        void main() {
                          R<String> r = Ok('a');
                          switch (r) {
                            case Ok(:var v): print(v);
                          }
                        }
                        """);
        assertTrue(message.contains("The type 'R<String>' is not exhaustively matched by the switch cases since it doesn't match 'No<String>()'."), message);
        assertTrue(message.contains("Try adding a default case or cases that match 'No<String>()'."), message);
    }

    @Test
    void switchStatementsOverObjectNeedNoDefault() {
        assertEquals("", run("Object o = 3;\nswitch (o) {\n case String(): print('s');\n}"));
    }

    @Test
    void relationalPatternsDoNotCount() {
        String message = compileErrorOf("int f(bool? b) => switch (b) { != null => 1, null => 0 };\nvoid main() { print(f(true)); }\n");
        assertTrue(message.contains("The type 'bool?' is not exhaustively matched by the switch cases since it doesn't match 'true'."), message);
    }

    @Test
    void aVarLocalHasItsInitializersType() {
        String message = compileError("var b = 1 > 0;\nprint(switch (b) { true => 1 });");
        assertTrue(message.contains("The type 'bool' is not exhaustively matched by the switch cases since it doesn't match 'false'."), message);
        assertEquals("1", run("final n = 1;\nswitch (n) {\n case 1: print('1');\n}"));
    }

    @Test
    void aNullableVarLocalIsCheckedUntilANullCheckOrAssignmentMayPromoteIt() {
        String find = DECLARATIONS + "Shape? find(bool b) => b ? Circle() : null;\n";
        String message = compileErrorOf(find + "void main() { var s = find(true);\nprint(switch (s) { Circle() => 1, Square() => 2 }); }\n");
        assertTrue(message.contains("The type 'Shape?' is not exhaustively matched by the switch cases since it doesn't match 'null'."), message);
        assertEquals("1", runProgram(find + "void main() { var s = find(true);\nif (s == null) return;\nprint(switch (s) { Circle() => 1, Square() => 2 }); }\n"));
        assertEquals("2", runProgram(find + "void main() { var s = find(false);\ns = Square();\nprint(switch (s) { Circle() => 1, Square() => 2 }); }\n"));
    }

    @Test
    void aTypeVariableIsCheckedAsItsNonNullableBound() {
        String message = compileErrorOf("""
                        enum E { a, b }
                        String f<T extends E>(T e) => switch (e) { E.a => 'a' };
                        void main() { print(f(E.a)); }
                        """);
        assertTrue(message.contains("The type 'T' is not exhaustively matched by the switch cases since it doesn't match 'E.b'."), message);
        // No bound, a nullable bound, or a type variable inside another type: not checked.
        assertEquals("i", run("String f<T>(T x) { switch (x) { case int(): return 'i'; } return 'o'; }\nprint(f(1));"));
        assertEquals("c", run("String f<T extends Shape?>(T x) => switch (x) { Circle() => 'c', _ => 'o' };\nprint(f(Circle()));"));
        assertEquals("1", run("int f<T extends Shape>(List<T> xs) => switch (xs) { [_] => 1, _ => 0 };\nprint(f([Circle()]));"));
    }

    @Test
    void anExtensionTypeIsCheckedAsItsRepresentationTypeButNamedAsWritten() {
        String message = compileErrorOf(DECLARATIONS + """
                        extension type Hand(Suit suit) {}
                        String f(Hand? h) => switch (h) { Suit.a => 'a', Suit.b => 'b' };
                        void main() { print(f(Hand(Suit.a))); }
                        """);
        assertTrue(message.contains("The type 'Hand?' is not exhaustively matched by the switch cases since it doesn't match 'null'."), message);
    }

    @Test
    void forInVariablesHaveTheIterablesElementType() {
        String message = compileError("List<Suit> suits = [Suit.a];\nfor (var s in suits) { switch (s) { case Suit.a: print(1); } }");
        assertTrue(message.contains("The type 'Suit' is not exhaustively matched by the switch cases since it doesn't match 'Suit.b'."), message);
        assertEquals("1", run("dynamic suits = [Suit.a];\nfor (var s in suits) { switch (s) { case Suit.a: print(1); } }"));
    }

    @Test
    void aRecordLiteralGivesAVarLocalARecordType() {
        String message = compileError("Shape s = Circle();\nvar r = (s, Suit.a);\nprint(switch (r) { (Circle(), _) => 1, (Square(), Suit.a) => 2 });");
        assertTrue(message.contains("The type '(Shape, Suit)' is not exhaustively matched by the switch cases since it doesn't match '(Square(), Suit.b)'."), message);
    }

    @Test
    void aVariableMatchedByAnotherSwitchOrAnIfCaseMayBePromoted() {
        assertEquals("1", run("Shape s = Circle();\nif (s case Circle()) { print(switch (s) { Circle() => 1 }); }"));
        assertEquals("2", run("Shape s = Square();\nswitch (s) {\n case Circle(): print(1);\n case Square(): print(switch (s) { Square() => 2 });\n}"));
        // The switch's own scrutinee is not another switch's.
        String message = compileError("Shape s = Circle();\nprint(switch (s) { Circle() => 1 });");
        assertTrue(message.contains("doesn't match 'Square()'"), message);
    }
}
