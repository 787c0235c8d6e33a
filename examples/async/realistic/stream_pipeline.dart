import 'dart:async';

Stream<int> numbers(int n) async* {
  for (var i = 1; i <= n; i++) {
    yield i;
  }
}

Stream<String> lines() async* {
  yield 'alpha 3';
  yield 'beta 1';
  yield* Stream.fromIterable(['gamma 4', 'delta 1']);
  yield 'alpha 2';
}

Future<int> slowSquare(int x) async {
  await Future.delayed(Duration(milliseconds: 1));
  return x * x;
}

void main() async {
  final evens = await numbers(10).where((n) => n.isEven).map((n) => n * 10).toList();
  print('evens: $evens');

  final expanded = await numbers(3).expand((n) => List.filled(n, n)).toList();
  print('expanded: $expanded');

  final squares = await numbers(4).asyncMap(slowSquare).toList();
  print('squares: $squares');

  final nested = await numbers(3).asyncExpand((n) => numbers(n)).toList();
  print('asyncExpand: $nested');

  final distinct = await Stream.fromIterable([1, 1, 2, 2, 2, 3, 1, 1]).distinct().toList();
  print('distinct: $distinct');

  final window = await numbers(100).skip(10).take(5).toList();
  print('window: $window');

  final total = await numbers(10).fold<int>(0, (a, b) => a + b);
  final product = await numbers(5).reduce((a, b) => a * b);
  print('total=$total product=$product');

  final counts = <String, int>{};
  await for (final line in lines()) {
    final parts = line.split(' ');
    counts.update(parts[0], (v) => v + int.parse(parts[1]),
        ifAbsent: () => int.parse(parts[1]));
  }
  print('counts: $counts');

  await for (final n in numbers(1000)) {
    if (n > 3) break;
    print('got $n');
  }

  final controller = StreamController<String>();
  final upper = controller.stream
      .map((s) => s.trim())
      .where((s) => s.isNotEmpty)
      .map((s) => s.toUpperCase());
  final collected = <String>[];
  final done = upper.listen(collected.add).asFuture<void>();
  for (final s in [' a ', '', 'b', '   ', 'c ']) {
    controller.add(s);
  }
  await controller.close();
  await done;
  print('pipeline: $collected');

  print('first=${await numbers(5).first} last=${await numbers(5).last}');
  print('length=${await numbers(7).length} any=${await numbers(7).any((x) => x > 6)}');
  print('every=${await numbers(7).every((x) => x > 0)} contains=${await numbers(3).contains(4)}');
  print('elementAt=${await numbers(9).elementAt(4)} join=${await numbers(4).join('-')}');
  print('firstWhere=${await numbers(9).firstWhere((x) => x % 4 == 0)}');
  print('takeWhile=${await numbers(9).takeWhile((x) => x < 4).toList()}');
  print('skipWhile=${await numbers(6).skipWhile((x) => x < 4).toList()}');
  print('toSet=${await Stream.fromIterable('hello'.split('')).toSet()}');

  try {
    await numbers(3).singleWhere((x) => x > 5);
  } on StateError catch (e) {
    print('StateError: ${e.message}');
  }
  try {
    await Stream<int>.empty().reduce((a, b) => a + b);
  } catch (e) {
    print('empty reduce: $e');
  }
  try {
    await numbers(3).elementAt(5);
  } catch (e) {
    print('elementAt: $e');
  }

  final errors = Stream<int>.fromFutures([
    Future.value(1),
    Future.error(FormatException('bad input')),
    Future.delayed(Duration(milliseconds: 2), () => 3),
  ]);
  await errors.handleError((e) => print('handled ${e.runtimeType}: ${(e as FormatException).message}')).forEach((v) => print('value $v'));

  final stream = Stream.periodic(Duration(milliseconds: 1), (i) => i * i).take(5);
  print('periodic: ${await stream.toList()}');
}
