// Promotion by assignment (flow analysis): after `x = e`, x is promoted to the
// type of e when that is a type of interest (the non-nullable declared type, or
// a type x is tested against), or to the one type of interest between them;
// any other value demotes x to its declared type.
class Shape {}

class Circle extends Shape {}

void main() {
  int? count;
  count = 3;
  print([count].runtimeType);

  num? n;
  n = 2;
  print([n].runtimeType);
  n = 2.5;
  print([n].runtimeType);
  n = null;
  print([n].runtimeType);

  num m = 1;
  m = 2;
  print([m].runtimeType);

  Object o = 1;
  o = 'a';
  print([o].runtimeType);

  Object p = 1;
  if (p is String) print('not reached');
  p = 'x';
  print([p].runtimeType);
  p = 3;
  print([p].runtimeType);

  Shape s = Shape();
  if (s is Circle) print('not reached');
  s = Circle();
  print([s].runtimeType);
  s = Shape();
  print([s].runtimeType);

  double? ratio;
  ratio = 3;
  print([ratio].runtimeType);
  print(ratio);

  String? name;
  name = 'dart';
  print(name.length);
  print([name, count, n, m, o, p]);
}
