// Point<T extends num> is generic: its type argument comes from the coordinates or is written
// (int literals for a written double are doubles), arithmetic results keep it, and
// Rectangle<T> gives Point<T> corners.
import 'dart:math';

void main() {
  var a = Point(1, 2);
  print(a.runtimeType);
  print(Point(1.5, 2.5).runtimeType);
  print(Point(1.5, 2).runtimeType);
  print(Point<num>(1, 2).runtimeType);
  print(Point<double>(1, 2));
  print(Point<num>(1, 2));
  print(Rectangle<double>(0, 0, 2, 3));
  print(a is Point<int>);
  print(a is Point<double>);
  print(a is Point<num>);
  print((a + Point(3, 4)).runtimeType);
  print((Point(0.5, 1.0) - Point(0.25, 0.5)));
  print(Point(1.0, 2.0) * 2);
  print((Point(1.0, 2.0) * 2).runtimeType);
  print(a.squaredDistanceTo(Point(4, 6)).runtimeType);
  print(Point(0.5, 0.5).squaredDistanceTo(Point(1.5, 0.5)));
  print(a.distanceTo(Point(4, 6)).runtimeType);
  print(Point(6, 8).magnitude);
  print(const Point(1, 2) == Point(1, 2));
  print(Point(1, 2) == Point(1.0, 2.0));
  print(Point(1, 2) == 'Point(1, 2)');
  print(Point(1, 2).hashCode == Point(1, 2).hashCode);
  var points = <Point<int>>[Point(1, 2), Point(3, 4)];
  print(points.map((p) => p.x + p.y).toList());
  try {
    print(Point(3, 4) * 0.5);
  } on TypeError catch (e) {
    print(e);
  }

  var r = Rectangle(0, 0, 4, 3);
  print(r.topLeft.runtimeType);
  print(r.bottomRight);
  print(r.containsPoint(Point(1, 1)));
  print(Rectangle.fromPoints(Point(1, 5), Point(3, 2)));
  print(Rectangle(0.5, 0, 1, 1).topRight);
  print(MutableRectangle(1, 1, 2, 2).bottomLeft.runtimeType);
}
