// Spawn-to-first-message latency: time from Isolate.spawn to the first message the new
// isolate sends, median of 100 after 20 warm-up spawns. Prints microseconds.
import 'dart:isolate';

void echo(SendPort port) {
  port.send(1);
}

Future<int> spawnOnce() async {
  final port = ReceivePort();
  final watch = Stopwatch();
  watch.start();
  await Isolate.spawn(echo, port.sendPort);
  await port.first;
  return watch.elapsedMicroseconds;
}

void sort(List<int> values) {
  for (var i = 1; i < values.length; i++) {
    final v = values[i];
    var j = i - 1;
    while (j >= 0 && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
}

void main() async {
  for (var i = 0; i < 20; i++) {
    await spawnOnce();
  }
  final times = <int>[];
  for (var i = 0; i < 100; i++) {
    times.add(await spawnOnce());
  }
  sort(times);
  print('spawn-to-first-message us: median ${times[50]} p10 ${times[10]} p90 ${times[90]} min ${times[0]} max ${times[99]}');
}
