// A stream derived from a broadcast stream (map, where, take, skip, distinct, expand,
// handleError, cast, transform) is itself broadcast, and each listener gets its own
// subscription to the source, with its own state (take's count, skip's count, distinct's
// previous event): a map callback runs once per event per listener. The source controller's
// onListen runs when the first listener arrives, onCancel when the last one leaves (by cancel
// or by done). asyncMap is different: one shared subscription, so convert runs once per event.
// A derived stream of a single-subscription stream can be listened to only once.
import 'dart:async';

Future<void> pump() => Future.delayed(Duration.zero);

Future<void> perListener() async {
  var c = StreamController<int>.broadcast(onListen: () => print('onListen'), onCancel: () => print('onCancel'));
  var mapped = c.stream.map((x) {
    print('map $x');
    return x * 10;
  });
  print('isBroadcast: ${mapped.isBroadcast}');
  var a = mapped.listen((v) => print('a $v'), onDone: () => print('a done'));
  mapped.listen((v) => print('b $v'), onDone: () => print('b done'));
  c.add(1);
  await pump();
  await a.cancel();
  print('cancelled a');
  c.add(2);
  await pump();
  var t = c.stream.take(2);
  t.listen((v) => print('t1 $v'), onDone: () => print('t1 done'));
  c.add(3);
  await pump();
  t.listen((v) => print('t2 $v'), onDone: () => print('t2 done'));
  c.add(4);
  c.add(5);
  await pump();
  await c.close();
  print('closed');
}

Future<void> state() async {
  var c = StreamController<int>.broadcast();
  var d = c.stream.distinct();
  var s = c.stream.skip(1);
  var w = c.stream.skipWhile((x) => x < 2);
  d.listen((v) => print('d1 $v'));
  s.listen((v) => print('s1 $v'));
  w.listen((v) => print('w1 $v'));
  c.add(1);
  c.add(1);
  await pump();
  d.listen((v) => print('d2 $v'));
  s.listen((v) => print('s2 $v'));
  w.listen((v) => print('w2 $v'));
  c.add(1);
  c.add(2);
  await pump();
  await c.close();
}

Future<void> others() async {
  var c = StreamController<int>.broadcast();
  var odd = c.stream.where((x) {
    print('where $x');
    return x.isOdd;
  });
  var twice = c.stream.expand((x) => [x, x]);
  var handled = c.stream.handleError((e) => print('handled $e'));
  var numbers = c.stream.cast<num>();
  var transformer = StreamTransformer<int, String>.fromHandlers(handleData: (x, sink) {
    print('handleData $x');
    sink.add('<$x>');
  });
  var transformed = c.stream.transform(transformer);
  print([odd, twice, handled, numbers, transformed].map((s) => s.isBroadcast).toList());
  for (var i = 1; i <= 2; i++) {
    odd.listen((v) => print('odd$i $v'), onError: (e) => print('odd$i error $e'));
    twice.listen((v) => print('twice$i $v'), onError: (e) => print('twice$i error $e'));
    handled.listen((v) => print('handled$i $v'), onError: (e) => print('handled$i error $e'));
    numbers.listen((v) => print('num$i $v'), onError: (e) => print('num$i error $e'));
    transformed.listen((v) => print('transformed$i $v'), onError: (e) => print('transformed$i error $e'));
  }
  c.add(7);
  await pump();
  c.addError('oops');
  await pump();
  await c.close();
}

Future<void> shared() async {
  var c = StreamController<int>.broadcast(onListen: () => print('onListen'), onCancel: () => print('onCancel'));
  var am = c.stream.asyncMap((x) {
    print('asyncMap $x');
    return x + 1;
  });
  print('asyncMap isBroadcast: ${am.isBroadcast}');
  am.listen((v) => print('am1 $v'));
  am.listen((v) => print('am2 $v'));
  c.add(3);
  await pump();
  await c.close();
}

Future<void> listenCancel() async {
  var c = StreamController<int>.broadcast(onListen: () => print('onListen'), onCancel: () => print('onCancel'));
  var w = c.stream.where((x) => x > 0);
  var a = w.listen(null);
  var b = w.listen(null);
  await a.cancel();
  print('a cancelled');
  await b.cancel();
  print('b cancelled');
  var again = w.listen(null);
  await again.cancel();
  print('again cancelled');
  c.stream.take(0).listen(null, onDone: () => print('take(0) done'));
  print('take(0) listened');
  await pump();
}

Future<void> closeOrder() async {
  var sync = StreamController<int>.broadcast(sync: true, onCancel: () => print('sync onCancel'));
  sync.stream.listen(null, onDone: () => print('sync done 1'));
  sync.stream.listen(null, onDone: () => print('sync done 2'));
  sync.close();
  print('sync closed');
  var async = StreamController<int>.broadcast(onCancel: () => print('async onCancel'));
  async.stream.listen(null, onDone: () => print('async done 1'));
  async.stream.listen(null, onDone: () => print('async done 2'));
  await async.close();
  print('async closed');
}

Future<void> singleSubscription() async {
  var c = StreamController<int>();
  var m = c.stream.map((x) => x + 1);
  print('single isBroadcast: ${m.isBroadcast}');
  m.listen((v) => print('m $v'));
  try {
    m.listen(null);
  } catch (e) {
    print(e);
  }
  c.add(1);
  await c.close();
}

void main() async {
  await perListener();
  print('--');
  await state();
  print('--');
  await others();
  print('--');
  await shared();
  print('--');
  await listenCancel();
  print('--');
  await closeOrder();
  print('--');
  await singleSubscription();
}
