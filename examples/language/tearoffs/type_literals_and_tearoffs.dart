// Dart 2.15 syntax: type literals with type arguments, explicit generic function
// instantiation and constructor tear-offs.
class Box<T> {
  final T value;
  Box(this.value);
  Box.named(this.value);
  factory Box.make(T value) => Box<T>(value);
  String toString() => 'Box<$T>($value)';
}

class Point {
  final int x, y;
  Point(this.x, this.y);
  Point.origin() : this(0, 0);
  factory Point.diagonal(int d) => Point(d, d);
  String toString() => 'Point($x, $y)';
}

T id<T>(T x) => x;
String typeName<T>() => '$T';

void main() {
  print(List<int>);
  var mapType = Map<String, int>;
  print(mapType);
  print(Set<List<double>>);
  print(1.runtimeType == int);
  print(List<int> == List<int>);
  print(List<int> == List<num>);
  print(Map<String, int> == mapType);

  var idInt = id<int>;
  print(idInt(3));
  var nameOfString = typeName<String>;
  print(nameOfString());
  print(typeName<Box<int>>());

  var newIntBox = Box<int>.new;
  print(newIntBox(2));
  var namedStringBox = Box<String>.named;
  print(namedStringBox('a'));
  var makeDoubleBox = Box<double>.make;
  print(makeDoubleBox(1.5));

  var newPoint = Point.new;
  print(newPoint(1, 2));
  print([1, 2].map((i) => Point.new(i, -i)).toList());
  var origin = Point.origin;
  print(origin());
  print([3, 4].map(Point.diagonal).toList());
  print(Point.new(7, 8));
  print(Box<int>.new(6));

  // Comparisons still parse as comparisons.
  int n = 10;
  int i = 3;
  print(i < n >> 1);
  print([i < n, n > i]);
}
