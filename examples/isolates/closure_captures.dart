// A closure sent to another isolate carries only the variables that closures use (the VM's
// contexts); a nested function's own locals, loop variables and catch parameters that
// shadow names of the enclosing function are not captured from it.
import 'dart:isolate';

Future<void> main() async {
  int elapsedSign() {
    final watch = Stopwatch(); // helper's own `watch`
    return watch.elapsedTicks.sign;
  }

  int countDown(int from) {
    var total = 0;
    for (var port = from; port > 0; port--) {
      total += port;
    }
    try {
      throw StateError('x');
    } catch (watch) {
      total += watch.toString().length;
    }
    return total;
  }

  print('helpers: ${elapsedSign()} ${countDown(3)}');
  final port = ReceivePort(); // unsendable, used by no closure
  for (var i = 0; i < 3; i++) {
    final watch = Stopwatch()..start(); // unsendable, used by no closure
    final n = i;
    final result = await Isolate.run(() => n * 10);
    print('run $i: $result ${watch.elapsedTicks >= 0}');
  }
  port.close();

  // A variable that a closure does use goes with it, and fails the send.
  final inbox = ReceivePort();
  try {
    await Isolate.run(() => inbox.hashCode);
  } on ArgumentError catch (e) {
    print(e.message.toString().split('\n').first);
  }
  inbox.close();
}
