// The main isolate's own errors: with Isolate.current.setErrorsFatal(false) an uncaught error
// (thrown by main itself, a microtask, a timer, a failed future nobody handles, a port
// handler) goes to the error listeners as [error, stack trace] strings and main goes on; the
// program then ends normally, with exit code 0. Each error is raised only after the listener
// heard the previous one, so the order does not depend on timing.
import 'dart:async';
import 'dart:isolate';

late RawReceivePort listener;
late RawReceivePort inbox;
var step = 0;

void raiseNext() {
  step++;
  switch (step) {
    case 1:
      scheduleMicrotask(() => throw StateError('thrown in a microtask'));
    case 2:
      Timer.run(() => throw const FormatException('thrown in a timer'));
    case 3:
      Future<void>.error(ArgumentError.value(3, 'step'));
    case 4:
      inbox.sendPort.send('please throw');
    default:
      listener.close();
      inbox.close();
      print('main isolate still running after ${step - 1} errors');
  }
}

void main() {
  Isolate.current.setErrorsFatal(false);
  listener = RawReceivePort((Object? message) {
    var parts = message as List;
    print('error listener: ${parts[0]}');
    print('  stack trace is a String: ${parts[1] is String}');
    raiseNext();
  });
  inbox = RawReceivePort((Object? message) => throw 'port handler failed on "$message"');
  Isolate.current.addErrorListener(listener.sendPort);
  print('main starts');
  throw UnsupportedError('thrown by main');
}
