// An error given to Future.error, Completer.completeError or AsyncError without
// a stack trace gets AsyncError.defaultStackTrace: the trace of an Error that
// was thrown, else the empty stack trace (which prints as an empty line).
import 'dart:async';

Future<void> main() async {
  try {
    await Future.error('plain');
  } catch (e, st) {
    print(e);
    print(st);
    print(st.toString().isEmpty);
  }

  await Future.error(ArgumentError('never thrown')).catchError((Object e, StackTrace st) {
    print('$e [$st]');
  });

  var completer = Completer<int>();
  completer.completeError(Exception('completer'));
  try {
    await completer.future;
  } catch (e, st) {
    print('$e [$st]');
  }

  var thrown = StateError('thrown');
  try {
    throw thrown;
  } catch (_) {}
  try {
    await Future.error(thrown);
  } catch (e, st) {
    print(identical(e, thrown));
    print(st.toString().isNotEmpty);
    print(st.toString() == thrown.stackTrace.toString());
  }

  print('[${AsyncError('a').stackTrace}]');
  print(AsyncError('a', StackTrace.fromString('given')).stackTrace);
  print('[${AsyncError.defaultStackTrace(42)}]');

  // StreamController.addError keeps a given trace, else the default one.
  var controller = StreamController<int>();
  var done = Completer<void>();
  controller.stream.listen(null, onError: (Object e, StackTrace st) => print('$e [$st]'), onDone: done.complete);
  controller
    ..addError('s1', StackTrace.fromString('given trace'))
    ..addError('s2');
  controller.close();
  await done.future;

  // So do Stream.error and MultiStreamController.addErrorSync.
  void show(Object e, StackTrace st) => print('$e [$st]');
  var errors = Completer<void>();
  Stream<int>.error('e1').listen(null, onError: show);
  Stream<int>.error('e2', StackTrace.fromString('t2')).listen(null, onError: show, onDone: errors.complete);
  await errors.future;
  var multi = Stream<int>.multi((c) {
    c.addErrorSync('m1');
    c.addErrorSync('m2', StackTrace.fromString('t3'));
    c.closeSync();
  });
  var multiDone = Completer<void>();
  multi.listen(null, onError: show, onDone: multiDone.complete);
  await multiDone.future;

  // A derived stream and await for pass an error on with its trace.
  await Stream<int>.error('h1', StackTrace.fromString('t4')).map((v) => v + 1).handleError(show).drain<void>();
  await Stream<int>.error('h2').where((v) => v > 0).handleError(show).drain<void>();
  try {
    await for (var _ in Stream<int>.error('a1', StackTrace.fromString('t5'))) {}
  } catch (e, st) {
    show(e, st);
  }
}
