// Item 1 (classes) as assertion-style tests with the Expect helper library.
import '../../testing/expect.dart';

class Point {
  final int x, y;
  const Point(this.x, this.y);
  Point.origin() : this(0, 0);
  factory Point.parse(String s) {
    var [a, b] = s.split(',').map(int.parse).toList();
    return Point(a, b);
  }
  Point operator +(Point o) => Point(x + o.x, y + o.y);
  Point operator -() => Point(-x, -y);
  int operator [](int i) => i == 0 ? x : y;
  @override
  bool operator ==(Object other) => other is Point && other.x == x && other.y == y;
  @override
  int get hashCode => Object.hash(x, y);
  @override
  String toString() => 'Point($x, $y)';
}

abstract class Shape {
  double get area;
  String describe() => '$runtimeType with area ${area.toStringAsFixed(2)}';
}

class Square extends Shape {
  final double side;
  Square(this.side);
  @override
  double get area => side * side;
}

class Cube extends Square {
  Cube(super.side);
  @override
  double get area => 6 * super.area;
}

mixin Counted {
  int count = 0;
  void tick() => count++;
}

class Clock with Counted {}

class Temperature {
  double _celsius = 0;
  static int instances = 0;
  Temperature() {
    instances++;
  }
  double get fahrenheit => _celsius * 9 / 5 + 32;
  set fahrenheit(double f) => _celsius = (f - 32) * 5 / 9;
}

class Ghost {
  @override
  dynamic noSuchMethod(Invocation i) => '${i.memberName} ${i.positionalArguments}';
}

void main() {
  Expect.equals(const Point(1, 2), Point(1, 2));
  Expect.identical(const Point(1, 2), const Point(1, 2));
  Expect.notIdentical(Point(1, 2), Point(1, 2));
  Expect.equals(Point(0, 0), Point.origin());
  Expect.equals(Point(3, 4), Point.parse('3,4'));
  Expect.equals(Point(4, 6), Point(1, 2) + Point(3, 4));
  Expect.equals(Point(-1, 2), -Point(1, -2));
  Expect.equals(7, Point(5, 7)[1]);
  Expect.setEquals({Point(1, 1)}, {Point(1, 1), Point(1, 1)});
  Expect.equals('Point(1, 2)', '${Point(1, 2)}');
  Expect.equals(Point, Point(1, 2).runtimeType);

  Expect.equals('Square with area 4.00', Square(2).describe());
  Expect.equals('Cube with area 24.00', Cube(2).describe());
  Expect.type<Shape>(Cube(1));
  Expect.type<Square>(Cube(1));
  Expect.notType<Cube>(Square(1));

  var clock = Clock()..tick()..tick();
  Expect.equals(2, clock.count);
  Expect.type<Counted>(clock);

  var t = Temperature()..fahrenheit = 212;
  Temperature();
  Expect.approxEquals(212, t.fahrenheit);
  Expect.equals(2, Temperature.instances);

  dynamic g = Ghost();
  Expect.equals('Symbol("fly") [1, 2]', g.fly(1, 2));
  Expect.throws<NoSuchMethodError>(() => (Point(1, 2) as dynamic).z);
  print('classes: all checks passed');
}
