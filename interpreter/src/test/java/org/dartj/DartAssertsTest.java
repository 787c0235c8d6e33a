package org.dartj;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@code dart.EnableAsserts} option: asserts off by default, on per context, never mixed up in a shared engine. */
@Timeout(60)
class DartAssertsTest {
    private static final String PROGRAM = """
                    void main() {
                      try {
                        assert(1 > 2, 'one is not greater');
                        print('skipped');
                      } on AssertionError catch (e) {
                        print('failed: ${e.message}');
                      }
                    }
                    """;

    private static String run(Context.Builder builder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = builder.out(out).build()) {
            context.eval("dart", PROGRAM);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void assertsAreOffByDefault() {
        assertEquals("skipped\n", run(Context.newBuilder("dart")));
    }

    @Test
    void enableAssertsRunsThem() {
        assertEquals("failed: one is not greater\n", run(Context.newBuilder("dart").option("dart.EnableAsserts", "true")));
    }

    @Test
    void contextsOfOneEngineKeepTheirOwnSetting() {
        try (Engine engine = Engine.create("dart")) {
            assertEquals("failed: one is not greater\n", run(Context.newBuilder("dart").engine(engine).option("dart.EnableAsserts", "true")));
            assertEquals("skipped\n", run(Context.newBuilder("dart").engine(engine)));
            assertEquals("failed: one is not greater\n", run(Context.newBuilder("dart").engine(engine).option("dart.EnableAsserts", "true")));
        }
    }
}
