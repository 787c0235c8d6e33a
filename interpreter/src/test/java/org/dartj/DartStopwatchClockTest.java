package org.dartj;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code dart.StopwatchCpuTime} option (benchmarks on a loaded machine): a Stopwatch then
 * counts the isolate thread's CPU time, so a sleep does not advance it; by default it counts
 * elapsed time.
 */
@Timeout(60)
class DartStopwatchClockTest {
    private static final String PROGRAM = """
                    import 'dart:io';
                    void main() {
                      var sw = Stopwatch()..start();
                      sleep(Duration(milliseconds: 400));
                      print(sw.elapsedMilliseconds);
                    }
                    """;

    private static long measuredMillis(Context.Builder builder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = builder.out(out).allowAllAccess(true).build()) {
            context.eval("dart", PROGRAM);
        }
        return Long.parseLong(out.toString(StandardCharsets.UTF_8).trim());
    }

    @Test
    void elapsedTimeByDefault() {
        long ms = measuredMillis(Context.newBuilder("dart"));
        assertTrue(ms >= 400, "elapsed " + ms + " ms");
    }

    @Test
    void threadCpuTimeWithTheOption() {
        long ms = measuredMillis(Context.newBuilder("dart").option("dart.StopwatchCpuTime", "true"));
        assertTrue(ms < 300, "CPU time " + ms + " ms while sleeping 400 ms");
    }
}
