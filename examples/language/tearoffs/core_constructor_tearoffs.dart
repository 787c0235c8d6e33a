// Constructors of core classes torn off (unnamed with .new, named ones, with type
// arguments), and generic redirecting factories whose targets take other type arguments.
abstract class Pair<A, B> {
  factory Pair(A a, B b) = _Pair<A, B>;
  factory Pair.swapped(B b, A a) = _Swapped<B, A>;
  A get first;
  B get second;
}

class _Pair<A, B> implements Pair<A, B> {
  final A first;
  final B second;
  _Pair(this.first, this.second);
  String toString() => '_Pair<$A, $B>($first, $second)';
}

class _Swapped<X, Y> implements Pair<Y, X> {
  final X b;
  final Y a;
  _Swapped(this.b, this.a);
  Y get first => a;
  X get second => b;
  String toString() => '_Swapped<$X, $Y>($b, $a)';
}

abstract class Named {
  factory Named(String s) = _Holder<String>;
  factory Named.number(int n) = _Holder<int>.of;
}

class _Holder<T> implements Named {
  final T v;
  _Holder(this.v);
  factory _Holder.of(T v) => _Holder<T>(v);
  String toString() => '_Holder<$T>($v)';
}

class Box<T> {
  final T v;
  Box(this.v);
  factory Box.make(T v) => Box<T>(v);
  String toString() => 'Box<$T>($v)';
}

class Maker<T> {
  List<Box<T>> all(List<T> xs) => xs.map(Box<T>.make).toList();
  Box<T> Function(T) get maker => Box<T>.make;
}

void main() {
  var filled = List.filled;
  print(filled(2, 'a'));
  var intFilled = List<int>.filled;
  var zeros = intFilled(3, 0);
  print('$zeros ${zeros.runtimeType}');
  print(List.filled == List.filled);
  print(List<int>.filled == List<int>.filled);
  print(List<int>.filled == List<String>.filled);

  var newBuffer = StringBuffer.new;
  var buffer = newBuffer('x')..write('y');
  print(buffer);
  print(['a', 'bc'].map(StringBuffer.new).map((b) => b.length).toList());
  var duration = Duration.new;
  print(duration(minutes: 1, seconds: 3));
  var date = DateTime.new;
  print(date(2020, 1, 2));
  var utc = DateTime.utc;
  print(utc(2020, 1, 2, 3));
  print(['1', '22'].map(int.parse).toList());
  var mapOf = Map<String, int>.of;
  print(mapOf({'a': 1}).runtimeType);
  var newSet = Set<String>.new;
  print(newSet().runtimeType);
  var generate = List<int>.generate;
  print(generate(4, (i) => i * i));
  var stateError = StateError.new;
  print(stateError('gone'));
  var newObject = Object.new;
  print(newObject().runtimeType);

  print(Pair<int, String>(1, 'a'));
  print(Pair<int, String>.swapped('b', 2));
  Pair<int, String> p = Pair.swapped('c', 3);
  print('${p.first} ${p.second}');
  print(Named('x'));
  print(Named.number(4));
  print(Maker<int>().all([1, 2]));
  print(Maker<String>().maker('s'));
  print(Maker<int>().maker == Maker<int>().maker);
}
