import 'dart:async';

Future<T> traced<T>(String label, Future<T> Function() body) {
  final depth = (Zone.current[#depth] as int?) ?? 0;
  return runZoned(() async {
    print('${'  ' * depth}> $label');
    try {
      final r = await body();
      print('${'  ' * depth}< $label = $r');
      return r;
    } catch (e) {
      print('${'  ' * depth}! $label threw $e');
      rethrow;
    }
  }, zoneValues: {#depth: depth + 1});
}

Future<int> parse(String s) => traced('parse "$s"', () async => int.tryParse(s) ?? (throw FormatException('not a number', s)));

Future<int> sumAll(List<String> inputs) => traced('sumAll', () async {
      var total = 0;
      for (final s in inputs) {
        total += await parse(s);
      }
      return total;
    });

void main() async {
  print(await sumAll(['1', '22', '333']));
  try {
    await sumAll(['4', 'x5']);
  } on FormatException catch (e) {
    print('main caught: ${e.message} (source ${e.source})');
  }

  final logs = <String>[];
  await runZoned(() async {
    print('hello from zone');
    await Future.delayed(Duration.zero);
    print('after delay');
  }, zoneSpecification: ZoneSpecification(print: (self, parent, zone, line) {
    logs.add(line);
    parent.print(zone, '[log] $line');
  }));
  print('captured ${logs.length} lines');

  var attempts = 0;
  await Future.doWhile(() async {
    attempts++;
    await Future.delayed(Duration.zero);
    return attempts < 4;
  });
  print('doWhile ran $attempts times');

  final outcomes = await Future.wait([
    Future.value('ok'),
    Future<String>.error('nope').catchError((Object e) => 'recovered $e'),
  ]);
  print(outcomes);

  final errs = <Object>[];
  runZonedGuarded(() {
    Future.wait([
      Future<int>.delayed(Duration(milliseconds: 1), () => throw 'first'),
      Future<int>.delayed(Duration(milliseconds: 2), () => throw 'second'),
    ]).then((_) => print('unreachable'));
  }, (e, s) => errs.add(e));
  await Future.delayed(Duration(milliseconds: 10));
  print('guarded errors: $errs');

  try {
    await Future.any<int>([
      Future.delayed(Duration(milliseconds: 1), () => throw 'fast failure'),
      Future.delayed(Duration(milliseconds: 5), () => 7),
    ]);
  } catch (e) {
    print('any: $e');
  }
}
