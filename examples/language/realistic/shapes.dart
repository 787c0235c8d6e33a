import 'dart:math' as math;

sealed class Shape implements Comparable<Shape> {
  const Shape();
  double get area;
  String get name;

  @override
  int compareTo(Shape other) => area.compareTo(other.area);

  @override
  String toString() => '$name(${area.toStringAsFixed(2)})';
}

final class Circle extends Shape {
  final double radius;
  const Circle(this.radius);
  @override
  double get area => math.pi * radius * radius;
  @override
  String get name => 'Circle';
}

final class Rect extends Shape {
  final double width, height;
  const Rect(this.width, this.height);
  const Rect.square(double side) : this(side, side);
  @override
  double get area => width * height;
  @override
  String get name => width == height ? 'Square' : 'Rect';
}

final class Triangle extends Shape {
  final double base, height;
  Triangle({required this.base, required this.height});
  @override
  double get area => 0.5 * base * height;
  @override
  String get name => 'Triangle';
}

String describe(Shape s) => switch (s) {
      Circle(radius: var r) when r > 5 => 'big circle r=$r',
      Circle(:final radius) => 'circle r=$radius',
      Rect(width: var w, height: var h) when w == h => 'square $w',
      Rect(:var width, :var height) => 'rect ${width}x$height',
      Triangle() => 'triangle with area ${s.area}',
    };

int sidesOf(Shape s) {
  switch (s) {
    case Circle():
      return 0;
    case Rect():
      return 4;
    case Triangle():
      return 3;
  }
}

void main() {
  final shapes = <Shape>[
    const Circle(1),
    const Rect(2, 3),
    const Rect.square(2),
    Triangle(base: 4, height: 5),
    const Circle(6),
  ];
  for (final s in shapes) {
    print('${describe(s)} sides=${sidesOf(s)}');
  }
  shapes.sort();
  print(shapes);
  print(shapes.reversed.map((s) => s.name).join(', '));
  print(identical(const Rect.square(2), const Rect(2, 2)));
  print(identical(const Circle(1), Circle(1)));
  final total = shapes.fold<double>(0, (sum, s) => sum + s.area);
  print('total ${total.toStringAsFixed(3)}');
  final (small, large) = (
    shapes.where((s) => s.area < 10).length,
    shapes.where((s) => s.area >= 10).length
  );
  print('small=$small large=$large');
  final byName = <String, List<Shape>>{};
  for (final s in shapes) {
    (byName[s.name] ??= []).add(s);
  }
  byName.forEach((k, v) => print('$k: ${v.length}'));
  final maxShape = shapes.reduce((a, b) => a.compareTo(b) >= 0 ? a : b);
  print('max $maxShape');
  print(shapes.first is Comparable<Shape>);
  print(Rect(1, 2) == Rect(1, 2));
  print(3.0);
  print(const Rect(1.5, 2).area);
}
