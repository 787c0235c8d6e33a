// Unsendable objects (receive ports, open file sinks), also nested in lists, maps, fields
// and closure captures: send throws ArgumentError at the send site and nothing is sent;
// the same holds for Isolate.exit, Isolate.spawn's message and Isolate.run's result.
import 'dart:async';
import 'dart:io';
import 'dart:isolate';

class Holder {
  final Object? inner;
  Holder(this.inner);
}

String firstLine(Object e) => e.toString().split('\n').first;

void exiter(SendPort port) {
  try {
    Isolate.exit(port, [ReceivePort()]);
  } on ArgumentError catch (e) {
    port.send('Isolate.exit refused: ${firstLine(e)}');
  }
  Isolate.exit(port, 'exited after all');
}

void ignore(Object? message) {}

RawReceivePort makePort() => RawReceivePort();

Future<void> main() async {
  var target = ReceivePort();
  var it = StreamIterator(target);
  var port = ReceivePort();
  var raw = RawReceivePort();

  void attempt(String label, Object? message) {
    try {
      target.sendPort.send(message);
      print('$label: sent');
    } on ArgumentError catch (e) {
      print('$label: ${firstLine(e)}');
    }
  }

  attempt('ReceivePort', port);
  attempt('RawReceivePort', raw);
  attempt('in a list', [1, [2, port]]);
  attempt('map value', {'port': raw});
  attempt('map key', {port: 1});
  attempt('field', Holder(Holder(port)));
  attempt('closure capture', () => port);
  attempt('record', (1, port));
  attempt('finalizer', [Finalizer<Object>((_) {})]);

  var file = File('${Directory.systemTemp.path}/dartj_unsendable_${pid}.txt');
  var sink = file.openWrite();
  try {
    target.sendPort.send({'sink': sink});
  } on ArgumentError catch (e) {
    print('file sink refused: ${firstLine(e).startsWith('Invalid argument(s): Illegal argument in isolate message')}');
  }
  await sink.close();
  file.deleteSync();

  // Nothing of the above was sent: the first message to arrive is this one.
  attempt('send port and capability', [port.sendPort, Capability()]);
  await it.moveNext();
  print(it.current is List && it.current[0] == port.sendPort);

  try {
    await Isolate.spawn(ignore, [port]);
  } on ArgumentError catch (e) {
    print('spawn: ${firstLine(e)}');
  }

  await Isolate.spawn(exiter, target.sendPort);
  await it.moveNext();
  print(it.current);
  await it.moveNext();
  print(it.current);

  try {
    await Isolate.run(makePort);
  } catch (e) {
    print('run: ${e.runtimeType}: ${firstLine(e)}');
  }

  port.close();
  raw.close();
  await it.cancel();
  print('done');
}
