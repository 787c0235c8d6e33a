import 'dart:isolate';

class Point {
  final int x, y;
  const Point(this.x, this.y);
  @override
  String toString() => 'Point($x, $y)';
}

bool isPrime(int n) {
  if (n < 2) return false;
  for (var d = 2; d * d <= n; d++) {
    if (n % d == 0) return false;
  }
  return true;
}

int countPrimes(int from, int to) {
  var count = 0;
  for (var i = from; i < to; i++) {
    if (isPrime(i)) count++;
  }
  return count;
}

void bigWorker(SendPort port) {
  final data = List<int>.generate(100000, (i) => i * 2);
  Isolate.exit(port, {'size': data.length, 'data': data, 'origin': const Point(1, 2)});
}

void crashingWorker(int n) {
  if (n > 0) {
    throw StateError('worker got $n');
  }
}

void main() async {
  const chunk = 25000;
  final futures = [
    for (var i = 0; i < 4; i++) Isolate.run(() => countPrimes(i * chunk, (i + 1) * chunk))
  ];
  final counts = await Future.wait(futures);
  print('prime counts per chunk: $counts');
  print('total primes below 100000: ${counts.reduce((a, b) => a + b)}');

  final record = await Isolate.run(() => (name: 'pair', points: [const Point(0, 0), Point(3, 4)]));
  print('${record.name}: ${record.points}');

  try {
    await Isolate.run(() => throw FormatException('bad data', 'xyz', 1));
  } on FormatException catch (e) {
    print('caught in main: ${e.message} at ${e.offset}');
  }
  try {
    await Isolate.run<int>(() => [1, 2, 3][5]);
  } on RangeError catch (e) {
    print('range: ${e.runtimeType}');
  }

  final port = ReceivePort();
  await Isolate.spawn(bigWorker, port.sendPort);
  final big = await port.first as Map;
  final list = big['data'] as List<int>;
  print('big result: ${big['size']} items, last ${list.last}, sum ${list.fold<int>(0, (a, b) => a + b)}, origin ${big['origin']}');

  final errors = ReceivePort();
  final exits = ReceivePort();
  await Isolate.spawn(crashingWorker, 7,
      onError: errors.sendPort, onExit: exits.sendPort);
  final err = await errors.first as List;
  print('worker error: ${err[0]}');
  await exits.first;
  print('worker exited');

  final exit2 = ReceivePort();
  await Isolate.spawn(crashingWorker, 0, onExit: exit2.sendPort);
  print('clean exit message: ${await exit2.first}');

}
