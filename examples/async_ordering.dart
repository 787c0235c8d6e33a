// Event-loop ordering on the Dart VM: synchronous code first, then all
// microtasks (scheduleMicrotask, future completions, await resumptions) in
// FIFO order, then timers; microtasks scheduled by a timer callback run
// before the next timer.
import 'dart:async';

Future<void> task(String name) async {
  print('$name: runs synchronously until its first await');
  await null;
  print('$name: after first await');
  await null;
  print('$name: after second await');
}

Future<int> doubleLater(int x) async {
  await Future.delayed(Duration(milliseconds: 1));
  return x * 2;
}

void main() async {
  print('main: start');
  Future.delayed(Duration.zero, () => print('timer 1'));
  scheduleMicrotask(() => print('microtask 1'));
  Future.value('v').then((value) => print('then: $value'));
  task('A');
  scheduleMicrotask(() => print('microtask 2'));
  task('B');
  Future.delayed(Duration.zero, () {
    print('timer 2');
    scheduleMicrotask(() => print('microtask scheduled by timer 2'));
  });
  Future.delayed(Duration.zero, () => print('timer 3'));
  Future.delayed(Duration(milliseconds: 5), () => print('timer 4 (5ms)'));
  print('main: before await');
  await Future.delayed(Duration(milliseconds: 50));
  print('main: after 50ms delay');

  final completer = Completer<int>();
  completer.future.then((v) => print('completer listener: $v'));
  scheduleMicrotask(() => completer.complete(99));
  print('main: awaiting completer');
  final got = await completer.future;
  print('main: completer gave $got');

  final chained = await Future.value(2).then((v) => v * 10).then((v) => v + 1);
  print('main: chained then result $chained');
  print('main: async result ${await doubleLater(21)}');
  print('main: end');
}
