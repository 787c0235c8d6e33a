import 'dart:async';

class Temperature {
  final String city;
  final double celsius;
  const Temperature(this.city, this.celsius);
  double get fahrenheit => celsius * 9 / 5 + 32;
}

StreamTransformer<String, Temperature> parseReadings() =>
    StreamTransformer.fromHandlers(handleData: (line, sink) {
      final parts = line.split(':');
      if (parts.length != 2) {
        sink.addError(FormatException('bad line', line));
        return;
      }
      sink.add(Temperature(parts[0], double.parse(parts[1])));
    }, handleDone: (sink) {
      sink.add(const Temperature('END', 0));
      sink.close();
    });

class Averager extends StreamTransformerBase<Temperature, String> {
  @override
  Stream<String> bind(Stream<Temperature> stream) async* {
    var sum = 0.0;
    var n = 0;
    await for (final t in stream) {
      if (t.city == 'END') break;
      sum += t.celsius;
      n++;
      yield '${t.city}: ${t.fahrenheit.toStringAsFixed(1)}F (avg ${(sum / n).toStringAsFixed(2)}C)';
    }
    yield 'readings: $n';
  }
}

Stream<String> source() async* {
  yield 'Oslo:4.5';
  yield 'Lima:19';
  yield 'garbage';
  yield* Stream.fromIterable(['Cairo:30.25', 'Nuuk:-7']);
}

Stream<int> countdown(int from) async* {
  try {
    for (var i = from; i > 0; i--) {
      yield i;
    }
  } finally {
    print('countdown($from) finally');
  }
}

Stream<int> merged() async* {
  yield* countdown(2);
  yield 0;
  yield* countdown(3);
}

void main() async {
  final errors = <String>[];
  final lines = await source()
      .transform(parseReadings())
      .handleError((Object e) => errors.add((e as FormatException).source.toString()))
      .transform(Averager())
      .toList();
  lines.forEach(print);
  print('errors: $errors');

  print(await merged().toList());

  await for (final n in countdown(5)) {
    print('tick $n');
    if (n == 4) break;
  }

  final sub = countdown(10).listen(null);
  sub.onData((n) {
    print('listen $n');
    if (n == 9) sub.cancel();
  });
  await Future.delayed(Duration(milliseconds: 2));

  final broadcast = StreamController<int>.broadcast(
      onListen: () => print('first listener'),
      onCancel: () => print('last listener gone'));
  final a = <int>[];
  final b = <int>[];
  final subA = broadcast.stream.listen(a.add);
  final subB = broadcast.stream.where((x) => x.isOdd).listen(b.add);
  for (var i = 1; i <= 5; i++) {
    broadcast.add(i);
  }
  await Future.delayed(Duration.zero);
  await subA.cancel();
  broadcast.add(6);
  broadcast.add(7);
  await Future.delayed(Duration.zero);
  await subB.cancel();
  print('a=$a b=$b hasListener=${broadcast.hasListener}');
  await broadcast.close();

  final doubler = StreamTransformer<int, int>.fromHandlers(
      handleData: (x, sink) => sink..add(x)..add(x));
  print(await Stream.fromIterable([1, 2]).transform(doubler).toList());

  final bound = StreamTransformer<int, String>.fromBind(
      (s) => s.map((x) => '<$x>'));
  print(await Stream.fromIterable([3, 4]).transform(bound).join());
}
