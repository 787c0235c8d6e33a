// Downward inference: a generic constructor call without type arguments takes them from
// the declared type it initializes or is returned as; int literals given for a
// parameter whose type argument is double become doubles.
class Box<T> {
  final T value;
  Box(this.value);
  String toString() => 'Box($value)';
}

class Cell<T> {
  T value;
  Cell({required this.value});
}

class Shelf {
  Box<num> slot = Box(1);
  Box<Object>? spare = Box('x');
}

Box<num> top = Box(3);

Box<num> makeNum() => Box(4);

Box<double> makeDouble() {
  return Box(5);
}

void main() {
  Box<num> a = Box(1);
  print(a.runtimeType);
  Box<double> b = Box(2);
  print(b.runtimeType);
  print(b);
  Box<Object?> c = Box(null);
  print(c.runtimeType);
  Box<num>? d = Box(2.5);
  print(d.runtimeType);
  final Cell<double> e = Cell(value: 7);
  print(e.runtimeType);
  print(e.value);
  print(top.runtimeType);
  print(makeNum().runtimeType);
  print(makeDouble());
  var shelf = Shelf();
  print(shelf.slot.runtimeType);
  print(shelf.spare.runtimeType);
  // Without a context, the arguments decide.
  var f = Box(1);
  print(f.runtimeType);
  // A written type argument wins over the context.
  Box<Object> g = Box<int>(1);
  print(g.runtimeType);
  // Collection literals take the context's type arguments.
  List<num> xs = [1, 2];
  print(xs.runtimeType);
  Map<String, double> ys = {'one': 1};
  print(ys);
}
