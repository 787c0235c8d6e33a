// A language-tour style program: classes, mixins, extensions, enhanced enums, typedefs,
// patterns, records, collection literals, async with Future.wait, and core library calls.
import 'dart:math' as math;

abstract class Shape {
  double get area;
  String describe() => '$runtimeType with area ${area.toStringAsFixed(2)}';
}

class Circle extends Shape {
  final double r;
  Circle(this.r);
  @override
  double get area => math.pi * r * r;
}

class Square extends Shape {
  final double side;
  Square(this.side);
  @override
  double get area => side * side;
}

mixin Logger {
  final _log = <String>[];
  void log(String m) => _log.add(m);
  List<String> get history => List.unmodifiable(_log);
}

class Service with Logger {
  Future<int> fetch(int id) async {
    log('fetch $id');
    await Future.delayed(Duration(milliseconds: 1));
    return id * 2;
  }
}

extension on String {
  String get shout => toUpperCase() + '!';
}

enum Planet {
  mercury(3.303e+23, 2.4397e6),
  earth(5.976e+24, 6.37814e6);

  const Planet(this.mass, this.radius);
  final double mass;
  final double radius;
  double get surfaceGravity => 6.67300E-11 * mass / (radius * radius);
}

typedef Op = int Function(int, int);

void main() async {
  final shapes = <Shape>[Circle(1), Square(2)];
  shapes.sort((a, b) => a.area.compareTo(b.area));
  shapes.forEach((s) => print(s.describe()));
  final svc = Service();
  final results = await Future.wait([1, 2, 3].map(svc.fetch));
  print(results);
  print(svc.history);
  print('hello'.shout);
  for (final p in Planet.values) {
    print('${p.name}: ${p.surfaceGravity.toStringAsFixed(2)}');
  }
  Op add = (a, b) => a + b;
  print(add(2, 3));
  final json = {'name': 'Ada', 'langs': ['dart', 'java']};
  if (json case {'name': String name, 'langs': [var first, ...]}) {
    print('$name likes $first');
  }
  var (x, y) = (1, 2);
  (x, y) = (y, x);
  print('$x $y');
  String? maybe;
  print(maybe?.length ?? -1);
  late final int lazy = 42;
  print(lazy);
  final buffer = StringBuffer()..write('a')..writeAll(['b', 'c'], '-');
  print(buffer);
  print([for (var i = 0; i < 5; i++) if (i.isOdd) i * i]);
  print({...{'a': 1}, 'b': 2});
  final sw = Stopwatch()..start();
  print(sw.isRunning);
  print(switch (shapes.length) { 0 => 'none', 1 => 'one', _ => 'many' });
  print(math.max(3, 7));
  print(int.parse('42') + double.parse('0.5'));
  print('Dart'.padLeft(6, '*'));
  print(DateTime.utc(2024, 2, 29).add(Duration(days: 1)));
}
