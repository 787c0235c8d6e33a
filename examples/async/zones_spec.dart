// ZoneSpecification handlers: each gets (self, parent delegate, zone, ...) and may delegate
// to the parent. print interception, microtask and timer creation, uncaught errors,
// run/register interception, errorCallback, ZoneSpecification.from.
import 'dart:async';

void main() {
  final log = <String>[];
  final spec = ZoneSpecification(
    print: (self, parent, zone, line) => parent.print(zone, '[${zone[#name]}] $line'),
    scheduleMicrotask: (self, parent, zone, f) {
      log.add('scheduleMicrotask');
      parent.scheduleMicrotask(zone, f);
    },
    createTimer: (self, parent, zone, duration, f) {
      log.add('createTimer ${duration.inMilliseconds}ms');
      return parent.createTimer(zone, duration, f);
    },
    createPeriodicTimer: (self, parent, zone, period, f) {
      log.add('createPeriodicTimer ${period.inMilliseconds}ms');
      return parent.createPeriodicTimer(zone, period, f);
    },
    handleUncaughtError: (self, parent, zone, error, stackTrace) {
      parent.print(zone, 'handled: $error');
    },
  );
  final done = Completer<void>();
  final z = Zone.current.fork(
      zoneValues: {#name: 'z'},
      specification: ZoneSpecification.from(spec, handleUncaughtError: (self, parent, zone, error, stackTrace) {
        parent.print(zone, 'handled: $error');
        if (error == 'oops') done.complete();
      }));
  z.run(() {
    print('hello');
    scheduleMicrotask(() => print('microtask'));
    Timer(Duration(milliseconds: 1), () {
      print('timer');
      var ticks = 0;
      Timer.periodic(Duration(milliseconds: 2), (t) {
        if (++ticks == 2) {
          t.cancel();
          print('periodic done');
          Timer(Duration.zero, () => throw 'oops');
        }
      });
    });
  });

  // Capturing prints, a common testing idiom.
  final captured = <String>[];
  runZoned(() {
    print('one');
    print(2);
  }, zoneSpecification: ZoneSpecification(print: (self, parent, zone, line) => captured.add(line)));
  print('captured: $captured');

  // ZoneSpecification.from keeps the other handlers and replaces the given ones.
  final loud = ZoneSpecification.from(spec, print: (self, parent, zone, line) => parent.print(zone, line.toUpperCase()));
  Zone.current.fork(specification: loud, zoneValues: {#name: 'loud'}).run(() {
    print('quiet words');
    Zone.current.handleUncaughtError('reported', StackTrace.current);
  });
  print(loud.createTimer != null);
  print(ZoneSpecification().print);

  // run, runUnary, runBinary and registerCallback interception on explicit calls.
  final tracing = Zone.current.fork(
      specification: ZoneSpecification(
    run: <R>(self, parent, zone, f) {
      log.add('run');
      return parent.run(zone, f);
    },
    runUnary: <R, T>(self, parent, zone, f, arg) {
      log.add('runUnary $arg');
      return parent.runUnary(zone, f, arg);
    },
    runBinary: <R, T1, T2>(self, parent, zone, f, a, b) {
      log.add('runBinary $a $b');
      return parent.runBinary(zone, f, a, b);
    },
    registerCallback: <R>(self, parent, zone, f) {
      log.add('registerCallback');
      return parent.registerCallback(zone, () {
        log.add('registered callback called');
        return f();
      });
    },
  ));
  print(tracing.run(() => 'run result'));
  print(tracing.runUnary((x) => x * 2, 21));
  print(tracing.runBinary((a, b) => a + b, 'a', 'b'));
  final registered = tracing.registerCallback(() => 'registered result');
  print(registered());
  final bound = tracing.bindCallback(() => identical(Zone.current, tracing));
  print(bound());

  // errorCallback may replace the errors given to Future.error and Completer.completeError.
  final replacing = Zone.current.fork(
      specification: ZoneSpecification(
          errorCallback: (self, parent, zone, error, stackTrace) => error == 'replace me'
              ? AsyncError('replaced', stackTrace)
              : parent.errorCallback(zone, error, stackTrace)));
  replacing.run(() {
    Future<void>.error('replace me').catchError((e) => print('Future.error: $e'));
    Future<void>.error('keep me').catchError((e) => print('Future.error: $e'));
    final completer = Completer<void>();
    completer.future.catchError((e) => print('completeError: $e'));
    completer.completeError('replace me');
  });
  final asyncError = AsyncError('wrapped', StackTrace.current);
  print('$asyncError ${asyncError.error} ${asyncError.stackTrace is StackTrace}');

  done.future.then((_) {
    for (final entry in log) {
      print(entry);
    }
  });
}
