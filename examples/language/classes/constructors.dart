// Generative, named and redirecting constructors; initializing formals with
// optional, named and required parameters; initializer lists.

class Point {
  final int x;
  final int y;

  Point(this.x, this.y);
  Point.origin()
      : x = 0,
        y = 0;
  Point.zero() : this(0, 0);
  Point.diagonal(int v) : this(v, v);
  Point.fromList(List<int> coords)
      : x = coords[0],
        y = coords[1];

  String toString() => 'Point($x, $y)';
}

class Doubler {
  final int x;
  final int y;
  Doubler(this.x) : y = x * 2;
}

class Box {
  int width;
  int height;
  String label;
  Box(this.width, [this.height = 10, this.label = 'box']);
  Box.square(int side) : this(side, side, 'square');

  int get area => width * height;
  String toString() => '$label ${width}x$height';
}

class Person {
  final String name;
  final int age;
  final String? email;
  Person({required this.name, this.age = 18, this.email});

  String describe() {
    var base = '$name ($age)';
    if (email != null) {
      base = '$base <$email>';
    }
    return base;
  }
}

void main() {
  print(Point(3, 4));
  print(Point.origin());
  print(Point.zero());
  print(Point.diagonal(7));
  print(Point.fromList([5, 6]));

  var d = Doubler(21);
  print('${d.x} ${d.y}');

  print(Box(2));
  print(Box(2, 3));
  print(Box(2, 3, 'crate'));
  var sq = Box.square(4);
  print('$sq has area ${sq.area}');
  sq.width = 5;
  print(sq.area);

  print(Person(name: 'Ann').describe());
  print(Person(age: 40, name: 'Bob').describe());
  print(Person(name: 'Cy', email: 'cy@example.com', age: 30).describe());
}
