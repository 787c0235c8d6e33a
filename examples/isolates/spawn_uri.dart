// Isolate.spawnUri: a new program from another file, main(args, message), plain data across.
import 'dart:async';
import 'dart:isolate';

class Point {
  final int x;
  Point(this.x);
}

Future<void> main() async {
  var port = ReceivePort();
  var exits = ReceivePort();
  await Isolate.spawnUri(Uri.parse('support/echo_program.dart'), ['a', 'b'], port.sendPort, onExit: exits.sendPort);
  var messages = StreamIterator(port);
  await messages.moveNext();
  print(messages.current);
  await messages.moveNext();
  var child = messages.current as SendPort;
  child.send({'n': 1, 'list': [1.5, null, true]});
  await messages.moveNext();
  print(messages.current);
  try {
    child.send(Point(1));
  } on ArgumentError catch (e) {
    print('class instance: ${e.runtimeType}');
  }
  child.send('stop');
  await exits.first;
  print('spawned program exited');
  port.close();

  try {
    await Isolate.spawnUri(Uri.parse('support/no_such_program.dart'), [], null);
  } on IsolateSpawnException catch (e) {
    print('missing: ${e.runtimeType}');
  }
}
