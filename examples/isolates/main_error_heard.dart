// A fatal uncaught error of the main isolate that an error listener was given is not printed
// (the VM clears it once a listener has it): the main isolate ends, and with it the program,
// with its normal exit code.
import 'dart:isolate';

void main() {
  var listener = RawReceivePort((Object? message) => print('never delivered: $message'));
  Isolate.current.addErrorListener(listener.sendPort);
  print('main starts');
  Future(() {
    print('in the event');
    throw StateError('heard by a listener');
  });
  Future(() => print('not reached: the main isolate ended'));
}
