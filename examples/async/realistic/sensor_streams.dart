import 'dart:async';

class Event {
  final String kind;
  final int value;
  Event(this.kind, this.value);
  @override
  String toString() => '$kind($value)';
}

Stream<Event> sensor() async* {
  var i = 0;
  await for (final tick in Stream.fromIterable([0, 1, 2, 3, 4, 5, 6, 7]).take(6)) {
    i++;
    yield Event(tick.isEven ? 'temp' : 'hum', tick * 10);
  }
  print('sensor finished after $i ticks');
}

Future<String> lookup(Event e) async {
  await Future.delayed(Duration(milliseconds: 1));
  if (e.value == 30) throw ArgumentError.value(e.value, 'value', 'rejected');
  return '${e.kind}=${e.value}';
}

Stream<int> ids() => Stream.multi((controller) {
      controller.add(1);
      controller.add(2);
      controller.addError(StateError('gap'));
      controller.add(3);
      controller.close();
    });

Stream<int> ticker(String name, int n) async* {
  for (var i = 0; i < n; i++) {
    print('$name produces $i');
    yield i;
  }
}

void main() async {
  final lookups = sensor().asyncMap(lookup).handleError(
      (Object e) => print('lookup failed: $e'),
      test: (e) => e is ArgumentError);
  await for (final s in lookups) {
    print(s);
  }

  final it = StreamIterator(ids());
  try {
    while (await it.moveNext()) {
      print('id ${it.current}');
    }
  } on StateError catch (e) {
    print('iterator error: ${e.message}');
  } finally {
    await it.cancel();
  }

  final doneA = Completer<void>();
  final doneB = Completer<void>();
  ids().listen((v) => print('multi A $v'),
      onError: (e) => print('multi A error'), onDone: doneA.complete);
  ids().listen((v) => print('multi B $v'),
      onError: (e) => print('multi B error'), onDone: doneB.complete);
  await Future.wait([doneA.future, doneB.future]);

  final never = StreamController<int>();
  final timed = never.stream.timeout(Duration(milliseconds: 5), onTimeout: (sink) {
    sink.add(-1);
    sink.close();
  });
  print('timeout stream: ${await timed.toList()}');
  await never.close();

  final sub = ticker('slow', 10).listen(null);
  final cancelled = Completer<void>();
  var seen = 0;
  sub.onData((v) {
    seen++;
    if (v == 1) {
      sub.pause();
      print('paused');
      Future.delayed(Duration(milliseconds: 2), () {
        print('resuming');
        sub.resume();
      });
    }
    if (v == 3) {
      sub.cancel();
      print('cancelled after $seen');
      cancelled.complete();
    }
  });
  await cancelled.future;

  final zipped = <String>[];
  final left = ticker('L', 2).listen((v) => zipped.add('L$v'));
  final right = ticker('R', 2).listen((v) => zipped.add('R$v'));
  await left.asFuture<void>();
  await right.asFuture<void>();
  print(zipped);

  final feed = StreamController<int>(onCancel: () => print('feed cancelled'));
  final feedSub = feed.stream.listen(print);
  await feedSub.cancel();
  await feed.close();
  print('close after cancel completed');
}
