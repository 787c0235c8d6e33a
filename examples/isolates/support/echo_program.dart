// Spawned by ../spawn_uri.dart with Isolate.spawnUri: a separate program with its own main.
import 'dart:isolate';

final greeting = 'hello from the spawned program';

void main(List<String> args, SendPort reply) {
  reply.send([greeting, args, Isolate.current.debugName != null]);
  var port = ReceivePort();
  reply.send(port.sendPort);
  port.listen((message) {
    if (message == 'stop') {
      port.close();
    } else {
      reply.send('echo: $message');
    }
  });
}
