// Stream.timeout(limit, onTimeout: (sink) {...}): the sink feeds a synchronous controller, so
// sink.add delivers at once; sink.close() cancels the source, and the subscriber's onDone waits
// for that cancel's future: the rest of onTimeout runs first, then onDone, before microtasks
// scheduled afterwards. On a broadcast source the controller is a synchronous broadcast one,
// whose done is delivered inside sink.close().
import 'dart:async';

Future<void> single() async {
  var c = StreamController<int>();
  var done = Completer<void>();
  c.stream.timeout(const Duration(milliseconds: 10), onTimeout: (sink) {
    print('onTimeout start');
    sink.add(-1);
    print('after add');
    sink.close();
    print('after close');
    scheduleMicrotask(() => print('microtask from onTimeout'));
    print('onTimeout end');
  }).listen((v) => print('data $v'), onDone: () {
    print('done');
    done.complete();
  });
  c.add(1);
  await done.future;
  print('single finished');
}

Future<void> broadcast() async {
  var b = StreamController<int>.broadcast(onListen: () => print('b onListen'), onCancel: () => print('b onCancel'));
  var done = Completer<void>();
  var s = b.stream.timeout(const Duration(milliseconds: 10), onTimeout: (sink) {
    print('b onTimeout');
    sink.close();
    print('b after close');
  });
  print('isBroadcast: ${s.isBroadcast}');
  s.listen(null, onDone: () {
    print('b done');
    done.complete();
  });
  await done.future;
  print('broadcast finished');
}

Future<void> sourceDone() async {
  var c = StreamController<int>();
  c.stream.timeout(const Duration(seconds: 5)).listen((v) => print('value $v'), onDone: () => print('timeout stream done'));
  c.add(1);
  c.close();
  scheduleMicrotask(() => print('microtask 1'));
  await Future.delayed(Duration.zero);
}

void main() async {
  await single();
  await broadcast();
  await sourceDone();
}
