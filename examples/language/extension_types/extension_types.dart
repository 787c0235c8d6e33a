// Extension types (Dart 3.3) exist only at compile time: at run time a value is its
// representation object, so is, as and runtimeType see the representation type.
extension type Meters(int value) implements int {
  Meters operator +(Meters other) => Meters(value + other.value);
  String describe() => '$value m';
  bool get isLong => value > 1000;
}

extension type Name(String s) {
  String greet() => 'Hello, $s!';
  int get size => s.length;
}

extension type IdList(List<int> ids) {
  int get total => ids.fold(0, (a, b) => a + b);
}

void main() {
  var m = Meters(3);
  print(m);
  print(m.describe());
  print((m + Meters(4)).describe());
  print(m.isLong);
  print(Meters(5000).isLong);
  print(m.value);
  print(m * 2);
  print(m is int);
  print(m.runtimeType);
  Object o = m;
  print(o is Meters);
  print(o as Meters);

  var n = Name('Ada');
  print(n.greet());
  print(n.size);
  print(n.runtimeType);
  print(n == 'Ada');

  var ids = IdList([1, 2, 3]);
  print(ids.total);
  print(ids.runtimeType);

  List<Meters> ms = [Meters(1), Meters(2)];
  print(ms);
  print(ms.runtimeType);
  print(ms is List<int>);

  // the name as a value is a type literal of the erasure
  print(Meters);
  print(IdList == List<int>);
}
