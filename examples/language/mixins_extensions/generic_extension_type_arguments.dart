// Inside a generic extension its type parameters stand for what the receiver's type gives
// them; an extension may be declared on a bare type parameter; named extensions have statics.
extension Let<T> on T {
  R let<R>(R Function(T it) f) => f(this);
  String get typeName => '$T';
}

extension Pairs<K, V> on Map<K, V> {
  Map<V, K> get inverted => {for (final e in entries) e.value: e.key};
  List<K> keysWhere(bool Function(V value) test) => [for (final e in entries) if (test(e.value)) e.key];
  static String describe() => 'Pairs on maps';
  static const version = 2;
}

extension Totals<T extends num> on Iterable<T> {
  T get total => fold((T == int ? 0 : 0.0) as T, (a, b) => (a + b) as T);
  List<T> get positives => [for (final x in this) if (x > 0) x];
  bool holds(Object? value) => value is T;
}

class Box<T> {
  final T value;
  Box(this.value);
}

extension BoxTools<T> on Box<T> {
  List<T> twice() => [value, value];
  Box<List<T>> wrapped() => Box([value]);
}

void main() {
  print(5.let((x) => x * 2));
  print('a'.typeName);
  print(2.5.typeName);
  print([1].typeName);
  print(null.typeName);

  final ages = {'ada': 36, 'bob': 41};
  print(ages.inverted);
  print(ages.inverted.runtimeType);
  print(ages.keysWhere((v) => v > 40));
  print(Pairs.describe());
  print(Pairs.version);

  print([1, 2, 3].total);
  print([1.5, 2.0].total);
  print({-1, 4}.positives.runtimeType);
  print(<double>[-0.5, 0.5].positives);
  print([1, 2].holds(3));
  print([1, 2].holds(3.5));
  print(<num>[1].holds(3.5));

  print(Box('s').twice().runtimeType);
  print(Box(1).wrapped().runtimeType);
  final total = [4, 5].total;
  print(total.runtimeType);
}
