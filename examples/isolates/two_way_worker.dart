// A long-lived worker with two-way ports: records and JSON strings over SendPort,
// await for over the worker's ReceivePort, StreamIterator on the main side, Isolate.run.
import 'dart:async';
import 'dart:convert';
import 'dart:isolate';

Future<void> worker(SendPort toMain) async {
  final inbox = ReceivePort();
  toMain.send(inbox.sendPort);
  await for (final msg in inbox) {
    if (msg == null) break;
    final (int id, String text) = msg as (int, String);
    toMain.send((id, jsonDecode(text)['value'] * 2));
  }
  inbox.close();
}

void main() async {
  final fromWorker = ReceivePort();
  await Isolate.spawn(worker, fromWorker.sendPort);
  final events = StreamIterator(fromWorker);
  await events.moveNext();
  final SendPort toWorker = events.current;
  for (var i = 0; i < 3; i++) {
    toWorker.send((i, jsonEncode({'value': i * 10})));
    await events.moveNext();
    print(events.current);
  }
  toWorker.send(null);
  final parsed = await Isolate.run(() => jsonDecode('[1, 2, {"a": true}]'));
  print(parsed);
  try {
    await Isolate.run(() => throw StateError('in worker'));
  } catch (e) {
    print('caught: $e');
  }
  await events.cancel();
}
