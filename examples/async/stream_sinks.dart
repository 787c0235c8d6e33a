import 'dart:async';

/// An EventSink that doubles every event before passing it on.
class Doubler implements EventSink<int> {
  final EventSink<int> out;
  Doubler(this.out);
  void add(int e) => out.add(e * 2);
  void addError(Object e, [StackTrace? s]) => out.addError('doubled: $e', s);
  void close() {
    out.add(-1);
    out.close();
  }
}

/// A StreamConsumer that collects what is piped into it.
class Collector implements StreamConsumer<String> {
  final items = <String>[];
  Future addStream(Stream<String> stream) => stream.forEach(items.add);
  Future close() async => 'closed with ${items.length}';
}

Future<void> main() async {
  var controller = StreamController<int>();
  var piped = Stream.fromIterable([7, 8]).pipe(controller);
  print(await controller.stream.toList());
  print(await piped);

  var collector = Collector();
  print(await Stream.fromIterable(['a', 'b', 'c']).pipe(collector));
  print(collector.items);

  var source = StreamController<int>();
  var doubled = Stream<int>.eventTransformed(source.stream, (sink) => Doubler(sink));
  doubled.listen((v) => print('event $v'), onError: (e) => print('error $e'), onDone: () => print('done'));
  source.add(1);
  source.addError('bad');
  source.add(21);
  await source.close();
  await Future.delayed(Duration.zero);

  var sink = StreamController<int>();
  EventSink<int> asSink = sink;
  StreamSink<int> streamSink = sink.sink;
  asSink.add(1);
  streamSink.add(2);
  sink.close();
  print(await sink.stream.toList());
  print('${sink is EventSink} ${sink is StreamSink<int>} ${sink is StreamConsumer} ${collector is StreamConsumer<String>}');
}
