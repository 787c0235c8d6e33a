// Abstract classes with abstract members, implementing interfaces,
// is / is! / as with user classes, runtimeType and static members.

abstract class Shape {
  String get name;
  int area();
  String summary() => '$name with area ${area()}';
}

class Rectangle extends Shape {
  final int width;
  final int height;
  Rectangle(this.width, this.height);

  @override
  String get name => 'rectangle';

  @override
  int area() => width * height;
}

class Square extends Rectangle {
  Square(int side) : super(side, side);

  @override
  String get name => 'square';
}

class Describable {
  String describe() => 'something';
}

interface class Greeter {
  String greet(String who) => 'Hello, $who';
}

class Robot implements Describable, Greeter {
  final int serial;
  Robot(this.serial);

  @override
  String describe() => 'robot #$serial';

  @override
  String greet(String who) => 'BEEP $who';
}

class Geometry {
  static int calls = 0;
  static int totalArea(List<Shape> shapes) {
    calls++;
    var total = 0;
    for (var s in shapes) {
      total += s.area();
    }
    return total;
  }
}

void main() {
  var shapes = <Shape>[Rectangle(2, 3), Square(4)];
  for (var s in shapes) {
    print(s.summary());
  }
  print(Geometry.totalArea(shapes));
  print(Geometry.totalArea([Square(1)]));
  print(Geometry.calls);

  Shape s = Square(5);
  print(s is Square);
  print(s is Rectangle);
  print(s is Shape);
  print(s is Object);
  print(s is! Square);
  print(s is Describable);
  print(s.runtimeType);
  var rect = s as Rectangle;
  print(rect.width);

  Object r = Robot(42);
  print(r is Describable);
  print(r is Greeter);
  print(r is Shape);
  print(r is! Shape);
  print(r.runtimeType);
  if (r is Robot) {
    print(r.serial);
  }
  var items = <Describable>[Describable(), r as Describable];
  for (var item in items) {
    print(item.describe());
  }
  Greeter g = Greeter();
  print(g.greet('Ann'));
  g = r as Greeter;
  print(g.greet('Ann'));
}
