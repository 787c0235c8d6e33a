abstract class Animal {
  String get name;
  String speak();
  String describe() => '$name says ${speak()}';
}

mixin Walker {
  int legs = 4;
  String walk() => 'walks on $legs legs';
}

mixin Swimmer on Animal {
  String swim() => '$name swims';
  @override
  String describe() => '${super.describe()} and swims';
}

mixin Logger {
  final List<String> log = [];
  void record(String msg) => log.add('[$runtimeType] $msg');
}

class Dog extends Animal with Walker, Logger {
  @override
  final String name;
  Dog(this.name);
  @override
  String speak() => 'Woof';
}

class Duck extends Animal with Walker, Swimmer, Logger {
  @override
  String get name => 'Duck';
  Duck() {
    legs = 2;
  }
  @override
  String speak() => 'Quack';
  @override
  String describe() {
    record('describe called');
    return super.describe().toUpperCase();
  }
}

class Point {
  final int x, y;
  const Point(this.x, this.y);
  Point operator +(Point o) => Point(x + o.x, y + o.y);
  Point operator -(Point o) => Point(x - o.x, y - o.y);
  Point operator *(int k) => Point(x * k, y * k);
  Point operator -() => Point(-x, -y);
  bool operator <(Point o) => x < o.x || (x == o.x && y < o.y);
  int operator [](int i) => i == 0 ? x : y;
  @override
  bool operator ==(Object other) => other is Point && other.x == x && other.y == y;
  @override
  int get hashCode => Object.hash(x, y);
  @override
  String toString() => 'Point($x, $y)';
}

class Matrix {
  final List<List<int>> rows;
  Matrix(this.rows);
  List<int> operator [](int r) => rows[r];
  void operator []=(int r, List<int> v) => rows[r] = v;
}

class Multiplier {
  final int factor;
  Multiplier(this.factor);
  int call(int x) => x * factor;
}

void main() {
  final dog = Dog('Rex');
  final duck = Duck();
  print(dog.describe());
  print(dog.walk());
  print(duck.describe());
  print(duck.walk());
  print(duck.swim());
  print(duck.log);
  dog.record('hi');
  print(dog.log);
  print(duck is Swimmer);
  print(dog is Swimmer);
  print(dog is Walker);
  print(duck is Logger);

  final p = Point(1, 2) + Point(3, 4) * 2;
  print(p);
  print(-p);
  print(p - Point(1, 1));
  print(p[0] + p[1]);
  print(Point(1, 2) < Point(1, 3));
  final set = {Point(1, 1), Point(1, 1), const Point(2, 2), Point(2, 2)};
  print(set.length);
  print(set);
  final map = {Point(0, 0): 'origin'};
  print(map[Point(0, 0)]);
  print(map.containsKey(const Point(0, 0)));

  final m = Matrix([
    [1, 2],
    [3, 4]
  ]);
  m[1] = [5, 6];
  m[0][1] = 9;
  print(m.rows);

  final triple = Multiplier(3);
  print(triple(7));
  print([1, 2, 3].map(triple).toList());
  int Function(int) f = triple.call;
  print(f(10));
  var q = Point(1, 1);
  q += Point(1, 1);
  print(q);
  final points = [Point(3, 1), Point(1, 2), Point(1, 1)];
  points.sort((a, b) => a < b ? -1 : (b < a ? 1 : 0));
  print(points);
}
