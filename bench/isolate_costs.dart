// Isolate costs, the counterpart of node/worker_costs.mjs (run both with run_isolates.sh):
//   spawn    time from Isolate.spawn to the first message of the new isolate
//   pingpong one small message to a worker and its answer back (round trip)
//   copy     one message of a 100 000-element List<int> (or a 10 000-entry Map) to a
//            worker and a small answer back: the deep copy on the send path
// Each is the median over many repetitions after a warm-up. Prints one line per measure:
// "NAME MEDIAN_MICROSECONDS".
import 'dart:async';
import 'dart:isolate';

void echo(SendPort port) => port.send(1);

/// A worker that answers every message with its length (or 0).
void worker(SendPort port) {
  final inbox = ReceivePort();
  port.send(inbox.sendPort);
  inbox.listen((message) {
    if (message == 'stop') {
      inbox.close();
    } else {
      port.send(message is List ? message.length : message is Map ? message.length : 0);
    }
  });
}

int median(List<int> values) => (values..sort())[values.length ~/ 2];

Future<int> spawnOnce() async {
  final port = ReceivePort();
  final watch = Stopwatch()..start();
  await Isolate.spawn(echo, port.sendPort);
  await port.first;
  return watch.elapsedMicroseconds;
}

Future<void> main(List<String> args) async {
  final rounds = args.isEmpty ? 1 : int.parse(args[0]);
  final spawns = <int>[];
  for (var i = 0; i < 20 + 100 * rounds; i++) {
    final t = await spawnOnce();
    if (i >= 20) spawns.add(t);
  }
  print('spawn ${median(spawns)}');

  final replies = ReceivePort();
  final inbox = StreamIterator(replies);
  await Isolate.spawn(worker, replies.sendPort);
  await inbox.moveNext();
  final to = inbox.current as SendPort;

  Future<List<int>> measure(Object message, int warmup, int count) async {
    final times = <int>[];
    for (var i = 0; i < warmup + count; i++) {
      final watch = Stopwatch()..start();
      to.send(message);
      await inbox.moveNext();
      if (i >= warmup) times.add(watch.elapsedMicroseconds);
    }
    return times;
  }

  print('pingpong ${median(await measure(1, 2000, 5000 * rounds))}');
  final list = List<int>.generate(100000, (i) => i);
  print('copy-list ${median(await measure(list, 50, 200 * rounds))}');
  final map = {for (var i = 0; i < 10000; i++) 'key$i': i};
  print('copy-map ${median(await measure(map, 50, 200 * rounds))}');
  to.send('stop');
  replies.close();
}
