// An integer literal where a double is expected is a double.
class Point {
  double x;
  double y = 0;
  Point(this.x);
}

double half(double v) => v / 2;
double one() => 1;
double scaled(double v, {double factor = 2}) => v * factor;

void main() {
  double d = 1;
  print(d);
  double? maybe = 3;
  print(maybe);
  print(half(5));
  print(one());
  print(scaled(3));
  var p = Point(4);
  print('${p.x} ${p.y}');
  print(<double>[1, 2]);
  List<double> xs = [1, 2, 3];
  print(xs);
  print(xs.runtimeType);
  Map<String, double> m = {'a': 1};
  print(m);
  Set<double> s = {1, 2};
  print(s);
  num n = 1;
  print(n);
  Object o = 1;
  print(o);
  var mixed = [1, 2.5];
  print(mixed);
}
