// Error zones: errors never cross error-zone boundaries; an error a guarded zone's handler
// throws goes to the enclosing zone; an error nobody handles in the root zone ends the
// program as an unhandled exception (exit code 255).
import 'dart:async';

void main() {
  var future = Future.value(499);
  runZonedGuarded(() {
    var future2 = future.then((_) => throw 'error in first error zone');
    runZonedGuarded(() {
      future2.catchError((e) => print('never reached'));
    }, (e, s) => print('second zone: never reached'));
  }, (e, s) => print('first zone caught: $e'));

  // A zone forked without handler shares its parent's error zone: errors flow to it.
  runZonedGuarded(() {
    var failing = Future<int>.error('shared');
    runZoned(() {
      failing.catchError((e) {
        print('same error zone: $e');
        return 0;
      });
    });
  }, (e, s) => print('not reached: $e'));

  runZonedGuarded(() {
    runZonedGuarded(() {
      scheduleMicrotask(() => throw 'inner');
    }, (e, s) {
      print('inner handler: $e');
      throw 'thrown by inner handler';
    });
  }, (e, s) => print('outer handler: $e'));

  runZonedGuarded(() {
    runZonedGuarded(() {
      Timer(Duration.zero, () => throw 'rethrown');
    }, (e, s) {
      print('inner sees: $e');
      throw e;
    });
  }, (e, s) => print('outer sees: $e'));

  final guarded = Zone.current.fork(
      specification: ZoneSpecification(handleUncaughtError: (self, parent, zone, e, s) => print('guarded zone: $e')));
  final child = guarded.fork();
  print(identical(guarded.errorZone, guarded));
  print(identical(child.errorZone, guarded));
  print(child.inSameErrorZone(guarded));
  print(Zone.root.inSameErrorZone(guarded));
  print(identical(Zone.root.errorZone, Zone.root));
  child.runGuarded(() => throw 'runGuarded');
  print(child.runUnaryGuarded((x) => x * 2, 21));
  child.bindCallbackGuarded(() => throw 'bound and guarded')();
  child.runBinaryGuarded((a, b) => throw '$a$b', 'x', 'y');

  Timer(Duration(milliseconds: 20), () {
    print('last timer');
    Future<void>.error(StateError('nobody listens'));
    print('after the failed future');
  });
}
