package org.dartj.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Type arguments inferred from the arguments of a generic constructor or function call: the
 * least upper bound of the literal arguments given for a type parameter, the default when
 * one of them has a static type the translator does not know.
 */
@Timeout(60)
class DartTypeArgumentInferenceTest {
    private static final String DECLARATIONS = """
                    class Box<T> {
                      Box(T a, T b, [T? c]);
                      factory Box.make(T a, T b) => Box<T>(a, b);
                    }
                    class Bounded<N extends num> {
                      Bounded(N a, N b);
                    }
                    Type typeOf<T>(T a, T b) => T;
                    """;

    private static String run(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").out(out).build()) {
            context.eval("dart", DECLARATIONS + "void main() {\n" + body + "\n}\n");
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void sameLiteralTypesGiveThatType() {
        assertEquals("Box<int>", run("print(Box(1, 2).runtimeType);"));
        assertEquals("Box<String>", run("print(Box('a', 'b${1}').runtimeType);"));
    }

    @Test
    void intAndDoubleGiveNum() {
        assertEquals("Box<num>", run("print(Box(1, 2.5).runtimeType);"));
        assertEquals("Box<num>", run("print(Box(1.5, 2).runtimeType);"));
        assertEquals("Bounded<num>", run("print(Bounded(1.5, 2).runtimeType);"));
        assertEquals("num", run("print(typeOf(1, 2.5));"));
    }

    @Test
    void unrelatedTypesGiveObject() {
        assertEquals("Box<Object>", run("print(Box(1, 'a').runtimeType);"));
    }

    @Test
    void nullMakesTheTypeNullable() {
        assertEquals("Box<int?>", run("print(Box(1, null).runtimeType);"));
        // null for a parameter declared T? constrains nothing.
        assertEquals("Box<num>", run("print(Box(1, 2.5, null).runtimeType);"));
    }

    @Test
    void anArgumentOfUnknownTypeIsNotOverruledByALiteral() {
        // Not Box<int> from the one literal: x is a double.
        assertEquals("false", run("var x = 2.5;\nprint(Box(1, x) is Box<int>);"));
        assertEquals("Bounded<num>", run("var x = 2.5;\nprint(Bounded(x, 1).runtimeType);"));
    }

    @Test
    void factoriesInferAndPassTheirTypeArguments() {
        assertEquals("Box<num>", run("print(Box.make(1, 2.5).runtimeType);"));
        assertEquals("Box<String>", run("print(Box<String>.make('a', 'b').runtimeType);"));
    }
}
