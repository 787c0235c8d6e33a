import 'dart:async';

class TaskQueue {
  final int concurrency;
  int _running = 0;
  final _waiting = <Completer<void>>[];
  int maxSeen = 0;
  TaskQueue(this.concurrency);

  Future<T> run<T>(Future<T> Function() task) async {
    if (_running >= concurrency) {
      final slot = Completer<void>();
      _waiting.add(slot);
      await slot.future;
    }
    _running++;
    if (_running > maxSeen) maxSeen = _running;
    try {
      return await task();
    } finally {
      _running--;
      if (_waiting.isNotEmpty) _waiting.removeAt(0).complete();
    }
  }
}

Future<int> job(int id) async {
  for (var i = 0; i < id % 3 + 1; i++) {
    await Future<void>.delayed(Duration.zero);
  }
  if (id == 4) throw StateError('job $id failed');
  return id * 100;
}

Future<String> retry(Future<String> Function(int attempt) action, {int times = 3}) async {
  for (var attempt = 1;; attempt++) {
    try {
      return await action(attempt);
    } on Exception catch (e) {
      print('  attempt $attempt: $e');
      if (attempt == times) rethrow;
    }
  }
}

void main() {
  runZonedGuarded(() async {
    final q = TaskQueue(2);
    final futures = [for (var i = 1; i <= 6; i++) q.run(() => job(i))];
    final results = <String>[];
    for (final f in futures) {
      try {
        results.add('${await f}');
      } on StateError catch (e) {
        results.add('error(${e.message})');
      }
    }
    print(results);
    print('max concurrency: ${q.maxSeen}');

    final ok = await retry((n) async {
      if (n < 3) throw Exception('flaky $n');
      return 'ok on $n';
    });
    print(ok);
    try {
      await retry((n) async => throw Exception('always'), times: 2);
    } catch (e) {
      print('gave up: $e');
    }

    Future.delayed(Duration(milliseconds: 1), () => throw UnsupportedError('lost future'));
    Timer(Duration(milliseconds: 2), () => throw 'timer boom');
    scheduleMicrotask(() => throw ArgumentError('micro'));
    final zoneValue = Zone.current[#requestId];
    print('zone value: $zoneValue');
    await Future.delayed(Duration(milliseconds: 20));
    print('main body done');
  }, (error, stack) {
    print('caught by zone: $error');
  }, zoneValues: {#requestId: 'req-42'});
  print('runZonedGuarded returned');
}
