// A RawReceivePort handler runs in the root zone, wherever it was set (as the VM documents:
// "The handler is invoked in the Zone.root zone"); an error it throws is an uncaught error of
// the root zone, not of the zone that set it. Binding the handler to a zone
// (Zone.current.bindUnaryCallback) makes it run there. A ReceivePort, being a stream, runs its
// listener in the zone it was listened to in.
import 'dart:async';
import 'dart:isolate';

void main() {
  Isolate.current.setErrorsFatal(false);
  late RawReceivePort errors;
  late RawReceivePort plain;
  late RawReceivePort bound;
  late ReceivePort stream;
  errors = RawReceivePort((Object? message) {
    print('isolate error listener: ${(message as List)[0]}');
    bound.sendPort.send('bound message');
  });
  Isolate.current.addErrorListener(errors.sendPort);

  runZonedGuarded(() {
    plain = RawReceivePort((Object? message) {
      print('plain handler in ${Zone.current[#name] ?? 'the root zone'}: $message');
      throw StateError('thrown by the plain handler');
    });
    bound = RawReceivePort();
    bound.handler = Zone.current.bindUnaryCallback((Object? message) {
      print('bound handler in ${Zone.current[#name]}: $message');
      stream.sendPort.send('stream message');
    });
    stream = ReceivePort();
    stream.listen((message) {
      print('stream listener in ${Zone.current[#name]}: $message');
      for (var port in [errors, plain, bound]) {
        port.close();
      }
      stream.close();
    });
  }, (error, stack) => print('zone handler: $error'), zoneValues: {#name: 'zone z'});

  plain.sendPort.send('plain message');
}
