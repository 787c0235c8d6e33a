package org.dartj.isolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Isolate.spawnUri: another program, loaded from a file next to the spawning script, runs in
 * a new isolate; only plain data crosses between the two programs. The URI is passed as a
 * String here (dart:core's Uri is not part of this branch); spawnUri uses the text of the
 * value it is given.
 */
@Timeout(120)
class DartSpawnUriTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String run(String parent) throws IOException {
        Path script = dir.resolve("parent.dart");
        Files.writeString(script, parent);
        try (Engine engine = Engine.create("dart");
                        Context context = Context.newBuilder("dart").engine(engine).out(out).err(System.err).allowAllAccess(true).build()) {
            context.eval(Source.newBuilder("dart", script.toFile()).build());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void childProgramGetsArgsAndMessageAndHasItsOwnGlobals() throws IOException {
        Files.createDirectories(dir.resolve("support"));
        Files.writeString(dir.resolve("support/child.dart"), """
                        import 'dart:isolate';
                        var counter = 100;
                        class Point { final int x; Point(this.x); }
                        void main(List<String> args, Object? message) {
                          counter++;
                          var reply = (message as Map)['reply'] as SendPort;
                          reply.send([args, counter, message['data']]);
                          try {
                            reply.send(Point(1));
                          } on ArgumentError {
                            reply.send('instances cannot cross programs');
                          }
                        }
                        """);
        String output = run("""
                        import 'dart:async';
                        import 'dart:isolate';
                        var counter = 0;
                        Future<void> main() async {
                          var port = ReceivePort();
                          var it = StreamIterator(port);
                          dynamic uri = 'support/child.dart';
                          var exit = ReceivePort();
                          await Isolate.spawnUri(uri, ['a', 'b'], {'reply': port.sendPort, 'data': [1, 2.5, 'x', {'k': true}]},
                              onExit: exit.sendPort);
                          await it.moveNext();
                          print(it.current);
                          await it.moveNext();
                          print(it.current);
                          print(counter);
                          await exit.first;
                          print('child exited');
                          await it.cancel();
                        }
                        """);
        assertEquals("[[a, b], 101, [1, 2.5, x, {k: true}]]\ninstances cannot cross programs\n0\nchild exited\n", output);
    }

    @Test
    void mainWithoutParametersRunsAndClosuresAreRefused() throws IOException {
        Files.writeString(dir.resolve("plain.dart"), """
                        void main() {
                          print('plain main ran');
                        }
                        """);
        String output = run("""
                        import 'dart:isolate';
                        int one() => 1;
                        Future<void> main() async {
                          dynamic uri = 'plain.dart';
                          try {
                            await Isolate.spawnUri(uri, [], one);
                          } on ArgumentError {
                            print('closure refused');
                          }
                          var exit = ReceivePort();
                          await Isolate.spawnUri(uri, [], null, onExit: exit.sendPort);
                          await exit.first;
                        }
                        """);
        assertEquals("closure refused\nplain main ran\n", output);
    }

    @Test
    void missingOrBrokenProgramFailsWithIsolateSpawnException() throws IOException {
        Files.writeString(dir.resolve("broken.dart"), "void main() { var = ; }\n");
        String output = run("""
                        import 'dart:isolate';
                        Future<void> main() async {
                          for (dynamic uri in ['missing.dart', 'broken.dart']) {
                            try {
                              await Isolate.spawnUri(uri, [], null);
                            } on IsolateSpawnException catch (e) {
                              print('$e'.startsWith('IsolateSpawnException: Unable to spawn isolate: '));
                            }
                          }
                        }
                        """);
        assertEquals("true\ntrue\n", output);
    }

    @Test
    void relativeUrisResolveAgainstTheRootScript() {
        assertEquals(Path.of("/a/b/c.dart").toString(), DartIsolateSpawner.resolveScript("/a/main.dart", "b/c.dart"));
        assertEquals(Path.of("/x.dart").toString(), DartIsolateSpawner.resolveScript("/a/main.dart", "file:///x.dart"));
        assertNull(DartIsolateSpawner.resolveScript("/a/main.dart", "http://example.com/x.dart"));
    }
}
