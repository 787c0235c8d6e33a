// Static types of member accesses, top-level variables and for-in variables feed
// inference: a field, getter or method of a generic class has its declared type with the
// receiver's type arguments.
class Box<T> {
  final T value;
  Box(this.value);
  T get current => value;
  T read() => value;
  Box<List<T>> listed() => Box([value]);
  Box<Box<T>> wrapped() => Box(this);
  List<T> twice() => [value, this.value];
  String describeWith<S>(S other) => '$T and $S';
  Box<S> replace<S>(S other) => Box(other);
  S pick<S>(S a, S b) => b;
}

class IntBox extends Box<int> {
  IntBox(int value) : super(value);
}

class Pair<K, V> {
  final K key;
  final V val;
  Pair(this.key, this.val);
  Pair<V, K> swapped() => Pair(val, key);
}

class Point {
  final double x;
  final double y;
  Point(this.x, this.y);
  double get sum => x + y;
  String describe() => '($x, $y)';
}

enum Shade { light, dark }

int counter = 0;
String? nickname;
final List<double> weights = [0.5];

void main() {
  var b = Box(1);
  print(Box(b.value).runtimeType);
  print(Box(b.current).runtimeType);
  print(Box(b.read()).runtimeType);
  print(b.listed().runtimeType);
  print(b.wrapped().runtimeType);
  print(b.twice().runtimeType);
  print(Box(IntBox(2).value).runtimeType);
  var p = Pair('one', 1);
  print(p.swapped().runtimeType);
  print(Box(p.swapped().key).runtimeType);
  var pt = Point(1, 2);
  print(Box(pt.x).runtimeType);
  print(Box(pt.sum).runtimeType);
  print(Box(pt.describe()).runtimeType);
  print(Box(counter).runtimeType);
  print(Box(nickname).runtimeType);
  print(Box(weights).runtimeType);
  print(Box(weights.first).runtimeType);
  for (var w in weights) {
    print(Box(w).runtimeType);
  }
  for (final name in {'a', 'b'}) {
    print(Box(name.length).runtimeType);
  }
  for (num n in [1, 2]) {
    print(Box(n).runtimeType);
    break;
  }
  // Generic methods of the library's classes get their type arguments from the arguments.
  print(b.describeWith('x'));
  print(b.describeWith([pt]));
  print(b.replace(2.5).runtimeType);
  print(Box(b.pick('a', 'b')).runtimeType);
  dynamic untyped = b;
  print(untyped.describeWith('x'));
  // Enum values have their enum's type.
  print([Shade.light, Shade.dark].runtimeType);
  print(Box(Shade.dark).runtimeType);
}
