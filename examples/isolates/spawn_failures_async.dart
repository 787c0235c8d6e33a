// Isolate.spawn, Isolate.run and Isolate.spawnUri are async in the VM: a message that cannot
// be sent does not throw at the call, it fails the returned future with the ArgumentError.
import 'dart:isolate';

void ignore(Object? message) {}

String firstLine(Object? text) => text.toString().split('\n').first;

Future<void> main() async {
  var port = RawReceivePort();

  var spawned = Isolate.spawn(ignore, port);
  print('spawn returned a future');
  try {
    await spawned;
  } on ArgumentError catch (e) {
    print('spawn failed: ${firstLine(e.message)}');
  }

  var ran = Isolate.run(() => port);
  print('run returned a future');
  try {
    await ran;
  } on ArgumentError catch (e) {
    print('run failed: ${firstLine(e.message)}');
  }

  var started = Isolate.spawnUri(Uri.parse('support/echo_program.dart'), [], port);
  print('spawnUri returned a future');
  try {
    await started;
  } catch (e) {
    // Between programs the VM words it differently ("is a ReceivePort reachable via ...").
    print('spawnUri failed: ${e is ArgumentError}');
  }
  port.close();
}
