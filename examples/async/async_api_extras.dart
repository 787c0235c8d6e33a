// dart:async members: TimeoutException.duration, AsyncError.defaultStackTrace,
// DeferredLoadException, Stream.castFrom, StreamTransformer.cast and castFrom (for builtin
// transformers and StreamTransformerBase subclasses), Stream.empty(broadcast:).
import 'dart:async';

class Doubler extends StreamTransformerBase<int, int> {
  Stream<int> bind(Stream<int> stream) => stream.map((x) => x * 2);
}

Future<void> main() async {
  var timeout = TimeoutException('too slow', const Duration(seconds: 2));
  print('${timeout.message} / ${timeout.duration}');
  print(TimeoutException('no duration').duration);
  try {
    await Completer<int>().future.timeout(const Duration(milliseconds: 5));
  } on TimeoutException catch (e) {
    print('timeout(): ${e.duration}: $e');
  }

  print('not an Error: "${AsyncError.defaultStackTrace('just a string')}"');
  print('a fresh Error: "${AsyncError.defaultStackTrace(ArgumentError('never thrown'))}"');

  print(DeferredLoadException('library not found'));
  print(DeferredLoadException('x') is Exception);

  Stream<Object?> objects = Stream.fromIterable([1, 2, 3]);
  print(await Stream.castFrom<Object?, int>(objects).toList());

  var plusOne = StreamTransformer<int, int>.fromHandlers(handleData: (x, sink) => sink.add(x + 1));
  print(await Stream.fromIterable([1, 2]).transform(plusOne.cast<int, num>()).toList());
  print(await Stream.fromIterable([1, 2]).transform(StreamTransformer.castFrom<int, int, int, int>(plusOne)).toList());
  print(await Stream.fromIterable([3, 4]).transform(Doubler().cast<int, int>()).toList());

  var passThrough = StreamTransformer<Object, Object>.fromHandlers();
  try {
    await Stream<Object>.fromIterable(['a']).transform(passThrough.cast<Object, int>()).toList();
  } catch (e) {
    print(e);
  }
  await emptyStreams();
}

// Stream.empty() is a broadcast stream (any number of listeners, each gets "done" in a
// microtask); Stream.empty(broadcast: false) is not.
Future<void> emptyStreams() async {
  var empty = Stream<int>.empty();
  print('empty: broadcast ${empty.isBroadcast}');
  empty.listen((_) {}, onDone: () => print('done 1'));
  empty.listen((_) {}, onDone: () => print('done 2'));
  scheduleMicrotask(() => print('microtask after both listens'));
  print('listening');
  await Future(() {});
  var single = Stream<int>.empty(broadcast: false);
  print('broadcast: false: broadcast ${single.isBroadcast}, ${await single.toList()}');
}
