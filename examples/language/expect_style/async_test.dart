// Async functions, generators and streams as assertion-style tests with the Expect helper
// library: results, event ordering and errors crossing awaits.
import 'dart:async';

import '../../testing/expect.dart';

final events = <String>[];

Future<int> slowSquare(int x) async {
  await Future<void>.delayed(Duration.zero);
  return x * x;
}

Future<void> failing() async {
  await null;
  throw StateError('async failure');
}

Iterable<int> naturals(int n) sync* {
  for (var i = 1; i <= n; i++) {
    yield i;
  }
}

Iterable<int> evensThenOdds(int n) sync* {
  yield* naturals(n).where((i) => i.isEven);
  yield* naturals(n).where((i) => i.isOdd);
}

Stream<int> countdown(int from) async* {
  while (from > 0) {
    yield from--;
    await Future<void>.value();
  }
}

Future<void> main() async {
  Expect.equals(49, await slowSquare(7));
  Expect.listEquals([1, 4, 9], await Future.wait([1, 2, 3].map(slowSquare)));
  var e = await Expect.throwsAsync<StateError>(failing);
  Expect.equals('async failure', e.message);

  scheduleMicrotask(() => events.add('microtask'));
  Timer.run(() => events.add('timer'));
  Future(() => events.add('future'));
  Future.microtask(() => events.add('future.microtask'));
  events.add('sync');
  await Future<void>.delayed(const Duration(milliseconds: 1));
  Expect.listEquals(['sync', 'microtask', 'future.microtask', 'timer', 'future'], events);

  Expect.listEquals([1, 2, 3, 4, 5], naturals(5).toList());
  Expect.listEquals([2, 4, 1, 3, 5], evensThenOdds(5).toList());
  Expect.equals(15, naturals(5).reduce((a, b) => a + b));
  Expect.isTrue(naturals(1 << 40).take(3).length == 3, 'lazy generator');

  Expect.listEquals([3, 2, 1], await countdown(3).toList());
  Expect.equals(6, await countdown(3).fold<int>(0, (a, b) => a + b));
  var doubled = <int>[];
  await for (var n in countdown(4).where((n) => n.isEven).map((n) => n * 2)) {
    doubled.add(n);
  }
  Expect.listEquals([8, 4], doubled);

  var controller = StreamController<String>();
  var received = <String>[];
  var done = Completer<void>();
  controller.stream.listen(received.add, onError: (Object e) => received.add('error $e'), onDone: done.complete);
  controller
    ..add('a')
    ..addError(FormatException('x'))
    ..add('b');
  await controller.close();
  await done.future;
  Expect.listEquals(['a', 'error FormatException: x', 'b'], received);

  var result = await Future.any([
    Future.delayed(const Duration(milliseconds: 50), () => 'slow'),
    Future.value('fast'),
  ]);
  Expect.equals('fast', result);
  var timedOut = await Expect.throwsAsync<TimeoutException>(
      () => Completer<void>().future.timeout(const Duration(milliseconds: 1)));
  Expect.contains('TimeoutException', '$timedOut');
  print('async: all checks passed');
}
