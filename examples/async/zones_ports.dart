// A ReceivePort listened to in a guarded zone: messages run in that zone and an error
// thrown by the listener goes to the zone's handler.
import 'dart:async';
import 'dart:isolate';

void worker(SendPort p) {
  p.send('hi');
  p.send('boom');
}

void main() {
  runZonedGuarded(() {
    var port = ReceivePort();
    port.listen((m) {
      print('got $m in ${Zone.current[#name]}');
      if (m == 'boom') {
        port.close();
        throw 'listener failed';
      }
    });
    Isolate.spawn(worker, port.sendPort);
  }, (e, s) => print('handled: $e'), zoneValues: {#name: 'z'});
}
