// Bounded type parameters: a missing type argument is the bound, tests and casts use the
// actual argument.
class Numbers<T extends num> {
  final List<T> items = [];
  void add(T x) => items.add(x);
  T first() => items.first;
  String get kind => '$T';
}

class Sorted<T extends Comparable<T>> {
  String get kind => '$T';
}

num largest<T extends num>(List<T> xs) {
  var best = xs.first;
  for (var x in xs) {
    if (x > best) best = x;
  }
  return best;
}

String boundOf<T extends num>() => '$T';

void main() {
  var ints = Numbers<int>();
  ints.add(3);
  ints.add(1);
  print(ints.items);
  print(ints.items.runtimeType);
  print(ints.kind);
  print(ints is Numbers<num>);
  print(ints is Numbers<double>);
  var any = Numbers();
  print(any.kind);
  print(any.runtimeType);
  any.add(2.5);
  print(any.items.runtimeType);
  print(Numbers);
  print(Sorted<String>().kind);
  print(largest([3, 9, 4]));
  print(boundOf());
  print(boundOf<double>());
}
