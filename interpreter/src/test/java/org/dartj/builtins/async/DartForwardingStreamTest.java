package org.dartj.builtins.async;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Forwarding streams (map, take, skip, distinct, ... of another stream) make one subscription
 * object per listen, holding that listener's state and its own subscription to the source
 * ({@code StreamTransformBuiltins.forward}, {@code DartStreams.Controller.forwardListen}).
 */
@Timeout(120)
class DartForwardingStreamTest {
    private static String run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("dart").out(out).build()) {
            context.eval("dart", program);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyListenerOfATakeCountsItsOwnEvents() {
        String program = """
                        import 'dart:async';
                        void main() async {
                          var c = StreamController<int>.broadcast(sync: true);
                          var firstTwo = c.stream.take(2);
                          var got = <String>[];
                          for (var i = 0; i < 3; i++) {
                            firstTwo.listen((v) => got.add('$i:$v'), onDone: () => got.add('$i done'));
                            c.add(i);
                          }
                          c.add(9);
                          print(got.join(' '));
                        }
                        """;
        assertEquals("0:0 0:1 0 done 1:1 1:2 1 done 2:2 2:9 2 done\n", run(program));
    }

    @Test
    void aNewListenStartsWithFreshState() {
        String program = """
                        import 'dart:async';
                        void main() async {
                          var listens = 0, cancels = 0;
                          var c = StreamController<int>.broadcast(sync: true, onListen: () => listens++, onCancel: () => cancels++);
                          var distinct = c.stream.distinct().skip(1);
                          var got = <int>[];
                          var s = distinct.listen(got.add);
                          c..add(1)..add(1)..add(2)..add(2)..add(3);
                          await s.cancel();
                          s = distinct.listen(got.add);
                          c..add(3)..add(3)..add(4);
                          await s.cancel();
                          print('$got $listens $cancels');
                        }
                        """;
        assertEquals("[2, 3, 4] 2 2\n", run(program));
    }

    @Test
    void chainedStagesRunOncePerEventAndListener() {
        String program = """
                        import 'dart:async';
                        void main() async {
                          var calls = 0;
                          var c = StreamController<int>.broadcast(sync: true);
                          var chain = c.stream.map((x) { calls++; return x * 2; }).where((x) => x > 2).take(2);
                          var sums = [0, 0];
                          for (var i = 0; i < 2; i++) {
                            chain.listen((v) => sums[i] += v);
                          }
                          for (var x = 1; x <= 4; x++) c.add(x);
                          print('$calls $sums ${chain.isBroadcast}');
                        }
                        """;
        // Both listeners see 2, 4, 6 (taking 4 and 6) and stop: map ran for 1, 2, 3 per listener.
        assertEquals("6 [10, 10] true\n", run(program));
    }

    @Test
    void aSingleSubscriptionSourceAllowsOneListener() {
        String program = """
                        import 'dart:async';
                        void main() async {
                          var c = StreamController<int>(sync: true);
                          var mapped = c.stream.map((x) => x + 1);
                          mapped.listen((v) => print('got $v'));
                          try {
                            mapped.listen(null);
                          } on StateError catch (e) {
                            print(e.message);
                          }
                          c.add(1);
                          print(mapped.isBroadcast);
                        }
                        """;
        assertEquals("Stream has already been listened to.\ngot 2\nfalse\n", run(program));
    }
}
