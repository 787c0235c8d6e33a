// dart:math Rectangle and MutableRectangle.
import 'dart:math';

void main() {
  var a = Rectangle(0, 0, 10, 5);
  var b = Rectangle(5, 2, 10, 10);
  print(a);
  print('${a.left} ${a.top} ${a.right} ${a.bottom} ${a.width} ${a.height}');
  print('${a.topLeft} ${a.topRight} ${a.bottomLeft} ${a.bottomRight}');
  print(a.intersection(b));
  print(a.intersection(Rectangle(20, 20, 1, 1)));
  print(a.intersects(b));
  print(a.intersects(Rectangle(11, 0, 1, 1)));
  print(a.intersects(Rectangle(10, 5, 1, 1)));
  print(a.boundingBox(b));
  print(a.containsPoint(Point(10, 5)));
  print(a.containsPoint(Point(10.5, 5)));
  print(a.containsRectangle(Rectangle(1, 1, 2, 2)));
  print(a.containsRectangle(b));
  print(a == Rectangle(0, 0, 10, 5));
  print(a == Rectangle(0, 0, 10, 6));
  print(a.hashCode == Rectangle(0, 0, 10, 5).hashCode);
  print(Rectangle(1, 2, -3, -4));
  print(Rectangle(1.5, 2, -3.0, 4));
  print(Rectangle.fromPoints(Point(4, 7), Point(1, 2)));
  var d = Rectangle(0.5, 0.5, 2.0, 2.0);
  print(d.intersection(Rectangle(1.0, 1.0, 5.0, 5.0)));

  var m = MutableRectangle(1, 1, 2, 2);
  print(m);
  m.left = 3;
  m.width = 10;
  m.height = -5;
  print(m);
  print('${m.right} ${m.bottom}');
  print(m == Rectangle(3, 1, 10, 0));
  print(Rectangle(3, 1, 10, 0) == m);
  print(m is Rectangle<int>);
  print(MutableRectangle.fromPoints(Point(0, 0), Point(3, 3)).boundingBox(Rectangle(5, 5, 1, 1)));
  print(MutableRectangle(0, 0, -1.0, 2));
}
