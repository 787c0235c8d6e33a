// Ports: RawReceivePort (handler, keepIsolateAlive, messages before a handler are lost),
// ReceivePort.fromRawReceivePort, SendPort and Capability equality across a round trip,
// RemoteError and IsolateSpawnException, Isolate.current.
import 'dart:async';
import 'dart:isolate';

void bounce(List args) {
  SendPort reply = args[0];
  reply.send(args[1]);
}

Future<void> main() async {
  var raw = RawReceivePort((message) => print('raw handler: $message'), 'raw port');
  print(raw.keepIsolateAlive);
  raw.sendPort.send('hello');

  // A message that arrives while there is no handler is dropped.
  var noHandler = RawReceivePort();
  noHandler.sendPort.send('lost');
  var sync = ReceivePort();
  sync.sendPort.send('after lost');
  print(await sync.first); // same event queue: 'lost' was handled (dropped) before this
  noHandler.handler = (message) {
    print('late handler: $message');
    noHandler.close();
  };
  noHandler.sendPort.send('kept');

  // A ReceivePort made from a raw port buffers until listened to.
  var wrapped = RawReceivePort();
  var stream = ReceivePort.fromRawReceivePort(wrapped);
  wrapped.sendPort.send('buffered 1');
  stream.sendPort.send('buffered 2');
  print(stream.sendPort == wrapped.sendPort);
  var received = <Object?>[];
  var done = Completer<void>();
  stream.listen((message) {
    received.add(message);
    if (received.length == 2) {
      stream.close();
      done.complete();
    }
  });
  await done.future;
  print(received);

  // SendPorts and Capabilities keep their identity across isolates.
  var home = ReceivePort();
  var capability = Capability();
  var payload = [home.sendPort, capability, {'port': home.sendPort}];
  await Isolate.spawn(bounce, [home.sendPort, payload], debugName: 'bouncer');
  var back = await home.first as List;
  print(back[0] == home.sendPort);
  print(back[0].hashCode == home.sendPort.hashCode);
  print(back[1] == capability);
  print(back[1].hashCode == capability.hashCode);
  print(back[2]['port'] == home.sendPort);
  print(back[1] == Capability());

  // keepIsolateAlive false: this open port does not keep the program running.
  raw.keepIsolateAlive = false;
  print(raw.keepIsolateAlive);

  var remote = RemoteError('remote failure', '#0      main (file:///remote.dart:1:1)');
  print(remote);
  print(remote.stackTrace);
  print(remote is Error);
  var spawnError = IsolateSpawnException('cannot start');
  print(spawnError);
  print(spawnError.message);
  print(spawnError is Exception);

  print(Isolate.current.debugName);
  print(identical(Isolate.current, Isolate.current));
  print(Isolate.current.controlPort is SendPort);
  print(Isolate.current.pauseCapability is Capability);
  var isolate = await Isolate.spawn(bounce, [home.sendPort, 'unused'], debugName: 'named', paused: true);
  print(isolate.debugName);
  isolate.kill(priority: Isolate.immediate);
}
