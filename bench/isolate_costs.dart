// Isolate costs, the counterpart of node/worker_costs.mjs and java/IsolateCostsBaseline.java
// (run all three with run_isolates.sh). Each measure is printed as one line "NAME VALUE":
//   spawn           µs from Isolate.spawn to the first message of the new isolate
//                   (median of 100 per round after 200 warm-up spawns)
//   pingpong        µs for one small message to a worker and its answer back (median of
//                   20 000 per round after 2 000 warm-up round trips)
//   copy-list       µs for a 100 000-element List<int> to a worker and a small answer back
//   copy-map        the same with a 10 000-entry Map<String, int>
//   bytes-copy      µs for a 16 MiB Uint8List to a worker and back again, copied both ways
//   bytes-transfer  µs for 16 MiB as TransferableTypedData to a worker, materialized there,
//                   and a small answer back (the data is never copied)
//   json-run        µs for Isolate.run of jsonDecode of a 1 MB document, result included
//   live-kb         resident memory per isolate, KB, with 1 000 idle isolates alive at once
//                   (live-count), from ProcessInfo.currentRss before and after
//   live-ms         ms to spawn those 1 000 isolates and hear from each
//   fib-spawn-ms    ms for a recursive-spawn Fibonacci: every call of fib(n) is its own
//                   isolate (Isolate.run), so fib(21) spawns 35 421 isolates over its run
//   fib-spawn-us    µs per spawned isolate in that run (fib-n gives n)
// Usage: bin/dartj bench/isolate_costs.dart [ROUNDS] [FIB_N]
import 'dart:async';
import 'dart:convert';
import 'dart:io';
import 'dart:isolate';
import 'dart:typed_data';

void echo(SendPort port) => port.send(1);

/// A worker that answers every message: lists and maps with their length, byte data
/// with itself (copied back), transferables with the length of the materialized bytes.
void worker(SendPort port) {
  final inbox = ReceivePort();
  port.send(inbox.sendPort);
  inbox.listen((message) {
    if (message == 'stop') {
      inbox.close();
    } else if (message is Uint8List) {
      port.send(message);
    } else if (message is TransferableTypedData) {
      port.send(message.materialize().lengthInBytes);
    } else {
      port.send(message is List ? message.length : message is Map ? message.length : 0);
    }
  });
}

/// An idle isolate that stays alive until told to stop.
void idle(SendPort port) {
  final inbox = ReceivePort();
  port.send(inbox.sendPort);
  inbox.listen((_) => inbox.close());
}

int median(List<int> values) => (values..sort())[values.length ~/ 2];

Future<int> spawnOnce() async {
  final port = ReceivePort();
  final watch = Stopwatch()..start();
  await Isolate.spawn(echo, port.sendPort);
  await port.first;
  return watch.elapsedMicroseconds;
}

/// A deterministic JSON document of about 1 MB: records with strings, numbers, lists.
String jsonDocument() {
  final records = [
    for (var i = 0; i < 6000; i++)
      {
        'id': i,
        'name': 'user-$i',
        'email': 'user$i@example.com',
        'score': i * 1.5,
        'active': i.isEven,
        'tags': ['t${i % 7}', 't${i % 11}', 't${i % 13}'],
        'address': {'city': 'City ${i % 97}', 'zip': '${10000 + i}'},
      }
  ];
  return jsonEncode(records);
}

/// fib(n) where every call is its own isolate.
Future<int> fib(int n) =>
    Isolate.run(() async => n < 2 ? n : await fib(n - 1) + await fib(n - 2));

int calls(int n) => n < 2 ? 1 : 1 + calls(n - 1) + calls(n - 2);

Future<void> main(List<String> args) async {
  final rounds = args.isEmpty ? 1 : int.parse(args[0]);
  final fibN = args.length < 2 ? 21 : int.parse(args[1]);
  final spawns = <int>[];
  for (var i = 0; i < 200 + 100 * rounds; i++) {
    final t = await spawnOnce();
    if (i >= 200) spawns.add(t);
  }
  print('spawn ${median(spawns)}');

  final replies = ReceivePort();
  final inbox = StreamIterator(replies);
  await Isolate.spawn(worker, replies.sendPort);
  await inbox.moveNext();
  final to = inbox.current as SendPort;

  Future<int> measure(Object Function() message, int warmup, int count) async {
    final times = <int>[];
    for (var i = 0; i < warmup + count; i++) {
      final m = message();
      final watch = Stopwatch()..start();
      to.send(m);
      await inbox.moveNext();
      if (i >= warmup) times.add(watch.elapsedMicroseconds);
    }
    return median(times);
  }

  print('pingpong ${await measure(() => 1, 2000, 20000 * rounds)}');
  final list = List<int>.generate(100000, (i) => i);
  print('copy-list ${await measure(() => list, 50, 200 * rounds)}');
  final map = {for (var i = 0; i < 10000; i++) 'key$i': i};
  print('copy-map ${await measure(() => map, 50, 200 * rounds)}');
  final bytes = Uint8List(16 << 20);
  for (var i = 0; i < bytes.length; i += 4096) {
    bytes[i] = i >> 12;
  }
  print('bytes-copy ${await measure(() => bytes, 5, 20 * rounds)}');
  print('bytes-transfer ${await measure(() => TransferableTypedData.fromList([bytes]), 5, 20 * rounds)}');
  to.send('stop');
  replies.close();

  // Each in its own function: a closure sent to an isolate copies its whole context.
  await jsonRun(rounds);
  await liveIsolates();
  await fibSpawn(fibN);
}

Future<void> jsonRun(int rounds) async {
  final text = jsonDocument();
  final runs = <int>[];
  for (var i = 0; i < 5 + 20 * rounds; i++) {
    final watch = Stopwatch()..start();
    final decoded = await Isolate.run(() => jsonDecode(text) as List);
    if (decoded.length != 6000) throw StateError('bad decode');
    if (i >= 5) runs.add(watch.elapsedMicroseconds);
  }
  print('json-run ${median(runs)}');

}

Future<void> liveIsolates() async {
  final rssBefore = ProcessInfo.currentRss;
  final watch = Stopwatch()..start();
  final ports = ReceivePort();
  final idlers = StreamIterator(ports);
  for (var i = 0; i < 1000; i++) {
    await Isolate.spawn(idle, ports.sendPort);
  }
  final stops = <SendPort>[];
  for (var i = 0; i < 1000; i++) {
    await idlers.moveNext();
    stops.add(idlers.current as SendPort);
  }
  print('live-count 1000');
  print('live-ms ${watch.elapsedMilliseconds}');
  print('live-kb ${(ProcessInfo.currentRss - rssBefore) ~/ 1000 ~/ 1024}');
  for (final stop in stops) {
    stop.send('stop');
  }
  ports.close();

}

Future<void> fibSpawn(int fibN) async {
  final fibWatch = Stopwatch()..start();
  final value = await fib(fibN);
  final elapsed = fibWatch.elapsedMicroseconds;
  if (value != [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946][fibN]) {
    throw StateError('fib($fibN) = $value');
  }
  print('fib-n $fibN');
  print('fib-spawn-ms ${elapsed ~/ 1000}');
  print('fib-spawn-us ${elapsed ~/ calls(fibN)}');
}
