// async* functions: the body starts when the stream is listened to, yield and yield*,
// await inside the body, break in await-for cancels the generator (its finally runs),
// an error thrown in the body reaches the listener.
import 'dart:async';

Stream<int> count(int n) async* {
  print('start');
  for (var i = 1; i <= n; i++) {
    yield i;
  }
  print('end');
}

Stream<int> delayedCount(int n) async* {
  for (var i = 0; i < n; i++) {
    await Future.delayed(Duration(milliseconds: 1));
    yield i * 10;
  }
}

Stream<String> both() async* {
  yield 'a';
  yield* Stream.fromIterable(['b', 'c']);
  yield* count(2).map((x) => 'n$x');
  yield 'z';
}

Stream<int> cleanup() async* {
  try {
    var i = 0;
    while (true) {
      yield i++;
    }
  } finally {
    print('cleanup ran');
  }
}

Stream<int> failing() async* {
  yield 1;
  throw StateError('broken');
}

void main() async {
  var s = count(3);
  print('created');
  await for (var x in s) {
    print('got $x');
  }
  print(await delayedCount(3).toList());
  print(await both().toList());
  await for (var x in cleanup()) {
    if (x == 2) break;
    print('c $x');
  }
  try {
    await for (var x in failing()) {
      print('f $x');
    }
  } catch (e) {
    print('caught $e');
  }
  print(await count(4).where((x) => x.isEven).toList());
}
