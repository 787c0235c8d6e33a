// Core error objects sent to another isolate are copies when they refer to mutable objects:
// the receiver changing an Exception's list message, an ArgumentError's invalid value or a
// ConcurrentModificationError's collection leaves the sender's untouched.
import 'dart:isolate';

void mutate(List<Object> message) {
  var [SendPort reply, Exception e, ArgumentError a, ConcurrentModificationError c, FormatException f] = message;
  ((e as dynamic).message as List).add('from child');
  (a.invalidValue as List).add('from child');
  (c.modifiedObject as List).clear();
  (f.source as Map)['changed'] = 2;
  reply.send([e, a, c, f]);
}

Future<void> main() async {
  var items = <Object>[1, 2];
  var e = Exception(items);
  var a = ArgumentError.value(<String>['x'], 'names');
  var modified = [1, 2, 3];
  var c = ConcurrentModificationError(modified);
  var f = FormatException('bad', {'k': 1});
  var port = ReceivePort();
  await Isolate.spawn(mutate, <Object>[port.sendPort, e, a, c, f]);
  var [Exception e2, ArgumentError a2, ConcurrentModificationError c2, FormatException f2] = await port.first as List;
  print('sender:   ${(e as dynamic).message} | ${a.invalidValue} | ${c.modifiedObject} | ${f.source}');
  print('receiver: ${(e2 as dynamic).message} | ${a2.invalidValue} | ${c2.modifiedObject} | ${f2.source}');
  print(identical((e as dynamic).message, items));
  // Each side's text shows its own copy as it is now.
  print('$e | $a | $c');
  print('$e2 | $a2 | $c2');
  var shared = StateError('plain text');
  var back = ReceivePort();
  await Isolate.spawn((SendPort p) => p.send(StateError('made there')), back.sendPort);
  print('${await back.first} / $shared');
}
