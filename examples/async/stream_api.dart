// The Stream API: terminal futures (last, single, join, reduce, contains, any/every,
// firstWhere/lastWhere/singleWhere, elementAt, toSet, drain), transformers (take, skip,
// takeWhile, skipWhile, distinct, expand, asyncMap, asyncExpand, cast, handleError),
// Stream.error/fromFuture/fromFutures/periodic, StreamController callbacks and addStream,
// StreamTransformer (fromHandlers, fromBind, user classes), user-defined streams, Stream.multi
// (addSync queues behind pending events), sync controllers and Stream.timeout.
import 'dart:async';

Stream<int> nums() => Stream.fromIterable([1, 2, 3, 4, 5]);

Future<void> show(String label, Future<Object?> f) async {
  try {
    print('$label: ${await f}');
  } catch (e) {
    print('$label error: $e');
  }
}

Future<void> terminals() async {
  await show('last', nums().last);
  await show('last empty', Stream<int>.empty().last);
  await show('single', Stream.value(7).single);
  await show('single many', nums().single);
  await show('single none', Stream<int>.empty().single);
  await show('join', nums().join(', '));
  await show('join none', nums().join());
  await show('reduce', nums().reduce((a, b) => a + b));
  await show('reduce empty', Stream<int>.empty().reduce((a, b) => a + b));
  await show('contains', nums().contains(3));
  await show('contains not', nums().contains(9));
  await show('any', nums().any((x) => x > 4));
  await show('every', nums().every((x) => x > 0));
  await show('every not', nums().every((x) => x < 3));
  await show('firstWhere', nums().firstWhere((x) => x.isEven));
  await show('firstWhere orElse', nums().firstWhere((x) => x > 9, orElse: () => -1));
  await show('firstWhere none', nums().firstWhere((x) => x > 9));
  await show('lastWhere', nums().lastWhere((x) => x.isEven));
  await show('lastWhere orElse', nums().lastWhere((x) => x > 9, orElse: () => -2));
  await show('singleWhere', nums().singleWhere((x) => x == 3));
  await show('singleWhere many', nums().singleWhere((x) => x.isOdd));
  await show('singleWhere none', nums().singleWhere((x) => x > 9));
  await show('elementAt', nums().elementAt(2));
  await show('elementAt far', nums().elementAt(9));
  await show('toSet', Stream.fromIterable([1, 2, 2, 3, 1]).toSet());
  await show('drain', nums().drain('drained'));
  await show('first throws', nums().firstWhere((x) => throw 'oops'));
}

Future<void> transformers() async {
  await show('take', nums().take(3).toList());
  await show('take 0', nums().take(0).toList());
  await show('skip', nums().skip(2).toList());
  await show('takeWhile', nums().takeWhile((x) => x < 3).toList());
  await show('skipWhile', nums().skipWhile((x) => x < 3).toList());
  await show('distinct', Stream.fromIterable([1, 1, 2, 2, 2, 3, 1]).distinct().toList());
  await show('distinct eq', Stream.fromIterable(['a', 'A', 'b']).distinct((a, b) => a.toLowerCase() == b.toLowerCase()).toList());
  await show('expand', nums().expand((x) => [x, x * 10]).take(4).toList());
  await show('asyncMap', nums().asyncMap((x) async => x * 2).toList());
  await show('asyncExpand', Stream.fromIterable([1, 2]).asyncExpand((x) => Stream.fromIterable([x, x + 100])).toList());
  await show('cast', Stream<Object>.fromIterable([1, 2]).cast<int>().toList());
  await show('cast bad', Stream<Object>.fromIterable([1, 'x']).cast<int>().toList());
  await show('map throws', nums().map((x) => x == 2 ? throw 'two' : x).toList());
  var handled = <Object>[];
  await show('handleError', Stream<int>.error('e1').handleError((e) => handled.add(e)).toList());
  print('handled $handled');
  await show('handleError test', Stream<int>.error('e2').handleError((e) => print('no'), test: (e) => e == 'other').toList());
}

Future<void> constructors() async {
  await show('error', Stream<int>.error(StateError('bad')).toList());
  await show('fromFuture', Stream.fromFuture(Future.value(42)).toList());
  await show('fromFuture error', Stream.fromFuture(Future<int>.error('nope')).toList());
  await show('fromFutures', Stream.fromFutures([Future.delayed(Duration(milliseconds: 20), () => 'slow'), Future.value('fast')]).toList());
  await show('fromFutures empty', Stream<int>.fromFutures([]).toList());
  await show('periodic', Stream.periodic(Duration(milliseconds: 5), (i) => i * i).take(4).toList());
  await show('periodic null', Stream<void>.periodic(Duration(milliseconds: 5)).take(2).length);
  var sub = Stream.periodic(Duration(milliseconds: 5), (i) => i).listen(null);
  var seen = <int>[];
  var done = Completer<void>();
  sub.onData((v) {
    seen.add(v);
    if (v == 2) {
      sub.cancel();
      done.complete();
    }
  });
  await done.future;
  print('periodic cancelled after $seen');
}

Future<void> controllers() async {
  var log = <String>[];
  var c = StreamController<int>(
      onListen: () => log.add('listen'),
      onPause: () => log.add('pause'),
      onResume: () => log.add('resume'),
      onCancel: () => log.add('cancel'));
  print('isPaused before listen ${c.isPaused}');
  var sub = c.stream.listen((v) => log.add('data $v'));
  print('isPaused ${c.isPaused}');
  sub.pause();
  print('isPaused ${c.isPaused}');
  c.add(1);
  sub.resume();
  await Future.delayed(Duration.zero);
  await sub.cancel();
  print(log);

  var c2 = StreamController<int>();
  c2.sink.add(1);
  var f = c2.addStream(Stream.fromIterable([2, 3]));
  var all = c2.stream.toList();
  await f;
  print('addStream done');
  c2.add(4);
  await c2.close();
  print(await all);

  var sync = StreamController<String>(sync: true);
  sync.stream.listen((v) => print('sync got $v'));
  sync.add('a');
  print('after add');
  await sync.close();

  var b = Stream.fromIterable([1, 2, 3]).asBroadcastStream();
  print(b.isBroadcast);
  print(await b.first);

  var withCancel = StreamController<int>(onCancel: () => print('source cancelled'));
  withCancel.add(1);
  withCancel.add(2);
  withCancel.add(3);
  print(await withCancel.stream.take(2).toList());

  var errs = StreamController<int>();
  errs.add(1);
  errs.addError('stop');
  errs.add(2);
  errs.close();
  errs.stream.listen((v) => print('coe $v'), onError: (e) => print('coe error $e'), onDone: () => print('coe done'), cancelOnError: true);
  await Future.delayed(Duration(milliseconds: 10));
}

class Doubler extends StreamTransformerBase<int, int> {
  @override
  Stream<int> bind(Stream<int> stream) => stream.map((x) => x * 2);
}

class Tripler implements StreamTransformer<int, int> {
  @override
  Stream<int> bind(Stream<int> stream) => stream.map((x) => x * 3);
  @override
  StreamTransformer<RS, RT> cast<RS, RT>() => throw UnimplementedError();
}

class Countdown extends Stream<int> {
  final int from;
  Countdown(this.from);
  @override
  StreamSubscription<int> listen(void Function(int)? onData, {Function? onError, void Function()? onDone, bool? cancelOnError}) {
    var c = StreamController<int>();
    for (var i = from; i > 0; i--) c.add(i);
    c.close();
    return c.stream.listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
  }
}

Future<void> transformerClasses() async {
  var t = StreamTransformer<int, String>.fromHandlers(
    handleData: (v, sink) {
      sink.add('<$v>');
      if (v.isEven) sink.add('even');
    },
    handleError: (e, st, sink) => sink.add('error $e'),
    handleDone: (sink) {
      sink.add('end');
      sink.close();
    },
  );
  var c = StreamController<int>();
  c.add(1);
  c.add(2);
  c.addError('x');
  c.close();
  print(await c.stream.transform(t).toList());
  var b = StreamTransformer<int, int>.fromBind((s) => s.where((x) => x > 1));
  print(await Stream.fromIterable([1, 2, 3]).transform(b).toList());
  print(await Stream.fromIterable([1, 2]).transform(Tripler()).toList());
  print(await Stream.fromIterable([1, 2]).transform(Doubler()).toList());
  var sum = 0;
  await for (var v in Stream.periodic(Duration(milliseconds: 2), (i) => i).take(5)) {
    sum += v;
  }
  print(sum);
}

Future<void> customStreams() async {
  await for (var v in Stream.periodic(Duration(milliseconds: 3), (i) => i)) {
    print('tick $v');
    if (v == 2) break;
  }
  print(await Stream.periodic(Duration(milliseconds: 3), (i) => i).asyncMap((x) => Future.delayed(Duration(milliseconds: 5), () => x)).take(3).toList());
  print(await Countdown(4).take(2).toList());
  print(await Countdown(3).map((x) => x * 2).last);
  print(await Countdown(3).join('-'));
  var b = StreamController<int>.broadcast();
  var evens = b.stream.where((x) => x.isEven);
  print(evens.isBroadcast);
  evens.listen((v) => print('even $v'));
  b.stream.take(1).listen((v) => print('first $v'), onDone: () => print('take done'));
  b.add(1);
  b.add(2);
  await b.close();

  var stopped = Completer<void>();
  Stream.periodic(Duration(milliseconds: 2), (i) => i == 1 ? throw 'tick error' : i)
      .map((x) => x)
      .listen((v) => print('periodic $v'), onError: (e) {
    print('periodic error $e');
    stopped.complete();
  }, onDone: () => print('never'), cancelOnError: true);
  await stopped.future;
  var withOnCancel = StreamController<int>(onCancel: () => print('onCancel'));
  withOnCancel.stream.listen(null, onError: (e) => print('onCancel error $e'), cancelOnError: true);
  withOnCancel.addError('bad');
  await Future.delayed(Duration.zero);
}

Future<void> multiAndSync() async {
  var count = 0;
  var s = Stream<int>.multi((c) {
    var id = ++count;
    c.add(id * 10);
    c.addSync(id * 10 + 1);
    c.close();
  });
  print(await s.toList());
  print(await s.toList());
  var sync = Stream<String>.multi((c) {
    c.addSync('a');
    print('after addSync');
    c.closeSync();
  });
  sync.listen((v) => print('got $v'), onDone: () => print('done'));
  print('listened');
  await Future.delayed(Duration.zero);
  print(s.isBroadcast);

  var sc = StreamController<int>(sync: true);
  sc.add(1);
  sc.stream.listen((v) => print('v $v'));
  sc.add(2);
  print('added 2');
  await Future.delayed(Duration.zero);
  sc.add(3);
  print('added 3');
}

Future<void> timeouts() async {
  var c = StreamController<int>();
  var events = <String>[];
  var done = Completer<void>();
  c.stream.timeout(Duration(milliseconds: 20)).listen((v) => events.add('v $v'), onError: (e) {
    events.add('e $e');
    c.close();
  }, onDone: () => done.complete());
  c.add(1);
  await done.future;
  print(events);
  var s = Stream.periodic(Duration(milliseconds: 200), (i) => i).timeout(Duration(milliseconds: 20), onTimeout: (sink) {
    sink.add(-1);
    sink.close();
  });
  print(await s.toList());
  print(await Stream.fromIterable([1, 2]).timeout(Duration(seconds: 1)).toList());
}

void main() async {
  await terminals();
  await transformers();
  await constructors();
  await controllers();
  await transformerClasses();
  await customStreams();
  await multiAndSync();
  await timeouts();
  print('end');
}
