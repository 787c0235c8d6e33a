// runZonedGuarded: synchronous errors (the call returns null) and asynchronous errors that
// nobody handles in the zone (timers, microtasks, unawaited futures, async functions,
// stream listeners) reach onError with the error and its stack trace.
import 'dart:async';

Future<void> failingAsync() async {
  await null;
  throw ArgumentError('from an async function');
}

void main() {
  var result = runZonedGuarded(() {
    throw StateError('sync');
  }, (e, s) => print('sync caught: $e'));
  print('result: $result');
  print('value: ${runZonedGuarded(() => 42, (e, s) => print('unused'))}');

  runZonedGuarded(() {
    Timer(Duration.zero, () => throw 'timer error');
    scheduleMicrotask(() => throw 'microtask error');
    Future<void>.error('unawaited future error');
    failingAsync();
    Future(() => throw 'future computation error');
    Future.delayed(Duration(milliseconds: 10), () => throw FormatException('delayed'));
  }, (error, stack) {
    print('onError: $error (${stack is StackTrace})');
  });
  print('main done');

  // Handled errors do not reach onError.
  runZonedGuarded(() {
    Future<void>.error('handled').catchError((e) => print('catchError: $e'));
    Future<int>.error('then onError').then((v) => v, onError: (e) => print('then onError: $e'));
  }, (e, s) => print('unexpected: $e'));

  // The later phases start one another, so their order never depends on timing.
  Timer(Duration(milliseconds: 20), asyncBody);
}

// A common test idiom: an async body whose failure is reported to onError.
void asyncBody() {
  runZonedGuarded(() async {
    print('async body starts');
    await Future.delayed(Duration(milliseconds: 1));
    throw Exception('async body failed');
  }, (e, s) {
    print('async body: $e');
    streams();
  });
}

// A stream listener that throws, and an error event without onError.
void streams() {
  var reported = 0;
  runZonedGuarded(() {
    var controller = StreamController<int>();
    controller.stream.listen((v) => throw 'listener threw on $v');
    controller.add(1);
    var errors = StreamController<int>();
    errors.stream.listen((v) {});
    errors.addError('stream error event');
  }, (e, s) {
    print('stream: $e');
    if (++reported == 2) deprecatedOnError();
  });
}

// runZoned's deprecated onError acts like runZonedGuarded (a one-parameter handler works too).
void deprecatedOnError() {
  // ignore: deprecated_member_use
  runZoned(() => Timer.run(() => throw 'via runZoned'), onError: (e) => print('runZoned onError: $e'));
}
