// Future constructors and combinators (wait, any, forEach, doWhile, sync, timeout, asStream),
// catchError with test, Completer, Timer.run and Timer.periodic, and their ordering against
// microtasks as on the Dart VM.
import 'dart:async';

void main() async {
  print(await Future.wait([Future.value(1), Future.delayed(Duration(milliseconds: 5), () => 2), Future(() => 3)]));
  print(await Future.any([Future.delayed(Duration(milliseconds: 400), () => 'slow'), Future.delayed(Duration(milliseconds: 1), () => 'fast')]));
  try {
    await Future.delayed(Duration(milliseconds: 400)).timeout(Duration(milliseconds: 5));
  } on TimeoutException catch (e) {
    print('timeout: $e');
  }
  print(await Future.delayed(Duration(milliseconds: 400), () => 1).timeout(Duration(milliseconds: 5), onTimeout: () => -1));
  await Future.forEach([1, 2, 3], (x) async => print('each $x'));
  var n = 0;
  await Future.doWhile(() async { n++; return n < 3; });
  print('n=$n');
  Future.error('oops').catchError((e) => print('caught $e'));
  Future.sync(() => print('sync runs now'));
  Future.microtask(() => print('microtask'));
  scheduleMicrotask(() => print('scheduled'));
  Timer.run(() => print('timer.run'));
  var ticks = 0;
  var third = Completer<void>();
  var t = Timer.periodic(Duration(milliseconds: 2), (t) {
    ticks++;
    print('tick $ticks');
    if (ticks == 3) {
      t.cancel();
      third.complete();
    }
  });
  await third.future;
  print(t.isActive);
  var c = Completer<int>();
  c.future.then((v) => print('completed $v'));
  c.complete(9);
  print(c.isCompleted);
  await Future.value(1).whenComplete(() => print('whenComplete'));
  print(await Future.value(5).asStream().first);
  try {
    await Future.wait([Future.error(StateError('x')), Future.value(1)]);
  } catch (e) {
    print('wait error $e');
  }
    // zoned
  try {
    await Future.wait([Future.delayed(Duration(milliseconds: 5), () => 1), Future.error('early')], eagerError: true);
  } catch (e) {
    print('eager $e');
  }
  print(await Future.wait(<Future<int>>[]));
  var r = await Future.error(ArgumentError('bad')).catchError((e) => 'handled', test: (e) => e is ArgumentError);
  print(r);
  try {
    await Future.error(StateError('kept')).catchError((e) => 'no', test: (e) => e is ArgumentError);
  } catch (e) {
    print('passed through: $e');
  }
  print(TimeoutException('slow', Duration(seconds: 1)));
  print(TimeoutException(null));
  Future.error('ignored').ignore();
  print(await Future.sync(() => Future.value('chained')));
}
