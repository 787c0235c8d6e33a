package org.dartj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Finalizer callbacks run once the collector finds an attached value unreachable: on the
 * isolate's thread, as a later event, with the token; a detached attachment never runs. The
 * test thread forces collections while the program waits on a timer.
 */
@Timeout(90)
class DartFinalizerTest {
    private static final String PROGRAM = """
                    import 'dart:async';

                    final finalizer = Finalizer<String>((token) {
                      print('finalized $token');
                      if (token == 'collected') done = true;
                    });
                    var done = false;
                    Object? kept;

                    void attachGarbage() {
                      finalizer.attach(Object(), 'collected');
                      var key = Object();
                      finalizer.attach(Object(), 'detached', detach: key);
                      finalizer.detach(key);
                    }

                    void main() {
                      kept = Object();
                      finalizer.attach(kept!, 'kept');
                      attachGarbage();
                      print('attached');
                      var ticks = 0;
                      Timer.periodic(Duration(milliseconds: 20), (timer) {
                        ticks++;
                        if (done || ticks > 2000) {
                          timer.cancel();
                          print('stopped');
                        }
                      });
                    }
                    """;

    @Test
    void callbackRunsAfterTheValueIsCollectedAndNotWhenDetached() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try (Context context = Context.newBuilder("dart").out(out).err(System.err).build()) {
                context.eval("dart", PROGRAM);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        runner.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (runner.isAlive() && System.nanoTime() < deadline) {
            System.gc();
            runner.join(50);
        }
        runner.join(30_000);
        assertFalse(runner.isAlive(), "program did not end");
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        String text;
        synchronized (out) {
            text = out.toString(StandardCharsets.UTF_8);
        }
        assertTrue(text.startsWith("attached\n"), text);
        assertTrue(text.contains("finalized collected\n"), text);
        assertFalse(text.contains("finalized detached"), text);
        assertFalse(text.contains("finalized kept"), text);
        assertTrue(text.endsWith("stopped\n"), text);
        assertEquals(text.indexOf("finalized collected"), text.indexOf("finalized"), text);
    }
}
