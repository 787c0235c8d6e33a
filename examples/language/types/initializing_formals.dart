// An initializing formal (this.x) takes its field's type, and the argument is checked against it.
class Point {
  final int x;
  final double y;
  Point(this.x, this.y);
}

class Box<T> {
  final T value;
  Box(this.value);
}

void main() {
  dynamic s = 'str';
  try {
    Point(s, 1.5);
  } on TypeError catch (e) {
    print(e);
  }
  var p = Point(1, 2);
  print('${p.x} ${p.y}');
  try {
    Box<int>(s);
  } on TypeError catch (e) {
    print(e);
  }
  print(Box<String>(s).value);
}
