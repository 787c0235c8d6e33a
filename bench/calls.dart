// Calls of each kind in counted loops, each loop in its own function: chunks of 5M
// iterations, printing the milliseconds of each chunk per kind (the first rounds include
// compilation); and a recursive function, which the compiler cannot inline all the way
// (fib(32): 7049155 calls). Not a golden test. See bench/README.md, "Calls".
class Point {
  final int x;
  int y;
  Point(this.x, this.y);
  int sum() => x + y;
}

abstract class Shape {
  int size();
}

class Square extends Shape {
  final int side;
  Square(this.side);
  int size() => side * side;
}

class Line extends Shape {
  final int length;
  Line(this.length);
  int size() => length;
}

int add(int a, int b) => a + b;

int topLevel(int n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += add(i, 1);
  }
  return s;
}

int method(Point p, int n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += p.sum();
  }
  return s;
}

int polymorphic(List<Shape> shapes, int n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += shapes[i & 1].size();
  }
  return s;
}

int measure(Shape s) => s.size();

int supertypeParameter(List<Shape> shapes, int n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += measure(shapes[i & 1]);
  }
  return s;
}

int closure(int n) {
  var k = 1;
  int f(int x) => x + k;
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += f(i);
  }
  return s;
}

int fields(Point p, int n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    p.y = i;
    s += p.x + p.y;
  }
  return s;
}

int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

int constructor(int n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += Point(i, 1).sum();
  }
  return s;
}

void main() {
  const n = 5000000;
  var p = Point(1, 2), q = Point(3, 4);
  var shapes = <Shape>[Square(3), Line(4)];
  var kinds = <String, int Function()>{
    'top-level': () => topLevel(n),
    'method': () => method(p, n),
    'polymorphic': () => polymorphic(shapes, n),
    'supertype parameter': () => supertypeParameter(shapes, n),
    'closure': () => closure(n),
    'fields': () => fields(q, n),
    'constructor': () => constructor(n),
    'fib(32)': () => fib(32),
  };
  for (var round = 1; round <= 6; round++) {
    var line = StringBuffer('round $round:');
    var check = 0;
    kinds.forEach((name, run) {
      var sw = Stopwatch()..start();
      check += run();
      line.write(' $name ${sw.elapsedMilliseconds}');
    });
    print('$line (check $check)');
  }
}
