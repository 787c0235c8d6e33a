// Stream.fromIterable is a multi-subscription stream, as on the VM: every listener iterates
// the elements anew and lazily, one element per microtask (other microtasks interleave),
// pausing stops the iteration until resumed, and an error thrown by the iteration becomes an
// error event followed by done.
import 'dart:async';

Iterable<int> numbers() sync* {
  print('iteration starts');
  yield 1;
  print('after 1');
  yield 2;
}

Iterable<int> broken() sync* {
  yield 1;
  throw 'broken';
}

void main() async {
  var s = Stream.fromIterable(numbers());
  print('created, isBroadcast: ${s.isBroadcast}');
  var tens = s.map((x) => x * 10);
  tens.listen((v) => print('a $v'), onDone: () => print('a done'));
  tens.listen((v) => print('b $v'), onDone: () => print('b done'));
  scheduleMicrotask(() => print('microtask'));
  await Future.delayed(Duration.zero);
  print(await s.toList());

  var p = Stream.fromIterable([1, 2, 3]);
  var finished = Completer<void>();
  late StreamSubscription<int> sub;
  sub = p.listen((v) {
    print('p $v');
    if (v == 1) {
      sub.pause();
      Future.delayed(Duration.zero, () {
        print('resume');
        sub.resume();
      });
    }
  }, onDone: finished.complete);
  await finished.future;
  print('p done');

  Stream.fromIterable(broken()).listen((v) => print('broken $v'), onError: (e) => print('error $e'), onDone: () => print('broken done'));
  await Future.delayed(Duration.zero);
}
