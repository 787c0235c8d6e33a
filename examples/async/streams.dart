// StreamController (single-subscription and broadcast), Stream.fromIterable/value,
// map/where/toList/fold/length/first, subscriptions, errors, and `await for`
// over a stream and over a ReceivePort fed by another isolate.
import 'dart:async';
import 'dart:isolate';

void worker(SendPort p) {
  for (var i = 0; i < 3; i++) {
    p.send(i);
  }
  p.send(null);
}

Future<void> basics() async {
  var controller = StreamController<int>();
  controller.stream.listen((v) => print('got $v'), onDone: () => print('done'));
  controller.add(1);
  controller.add(2);
  print('added');
  await controller.close();
  print('closed');

  var s = Stream.fromIterable([1, 2, 3, 4]);
  print(await s.map((x) => x * 10).where((x) => x > 10).toList());
  await for (var x in Stream.fromIterable(['a', 'b'])) {
    print('for $x');
  }
  var port = ReceivePort();
  await Isolate.spawn(worker, port.sendPort);
  await for (var m in port) {
    if (m == null) break;
    print('message $m');
  }
  print('after await for');
  var b = StreamController<String>.broadcast();
  b.stream.listen((v) => print('L1 $v'));
  b.stream.listen((v) => print('L2 $v'));
  b.add('x');
  await b.close();
  print(await Stream.value(5).first);
}

Future<int> sum(Stream<int> s) async {
  var total = 0;
  await for (final v in s) {
    total += v;
  }
  return total;
}

Future<void> errorsAndSubscriptions() async {
  print(await sum(Stream.fromIterable([1, 2, 3])));
  var c = StreamController<int>();
  c.stream.listen((v) => print('v $v'), onError: (e) => print('error $e'), onDone: () => print('done'));
  c.add(1);
  c.addError(StateError('bad'));
  c.add(2);
  await c.close();
  try {
    var c2 = StreamController<int>();
    c2.add(7);
    c2.addError('boom');
    c2.close();
    await for (var v in c2.stream) {
      print('loop $v');
    }
  } catch (e) {
    print('caught $e');
  }
  var sub = Stream.fromIterable([1, 2, 3]).listen(null);
  sub.onData((v) => print('onData $v'));
  await sub.asFuture();
  print(await Stream.fromIterable([3, 4]).length);
  print(await Stream.fromIterable([3, 4]).fold(0, (a, b) => a + b));
  print(await Stream.fromIterable(['x']).isEmpty);
}

void main() async {
  await basics();
  await errorsAndSubscriptions();
}
