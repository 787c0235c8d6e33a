// dart:math Point: arithmetic keeps int coordinates int, distances are doubles, equality by value;
// a Point<int> scaled by a double is a TypeError (the result must be a Point<int> again).
import 'dart:math';

void main() {
  var a = Point(1, 2);
  var b = Point(4, 6);
  print(a);
  print(a + b);
  print(b - a);
  print(a * 3);
  try {
    print(a * 1.5);
  } on TypeError catch (e) {
    print(e);
  }
  print(Point(1.0, 2.0) * 1.5);
  print(a.distanceTo(b));
  print(a.squaredDistanceTo(b));
  print(Point(3, 4).magnitude);
  print(a == Point(1, 2));
  print(a == b);
  print(Point(1.5, 2).x);
  print({a, Point(1, 2)}.length);
}
