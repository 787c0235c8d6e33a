// Type arguments are reified: is, is! and as see them, with covariant subtyping.
import 'dart:async';

class Box<T> {
  final T value;
  Box(this.value);
  bool holds(Object? o) => o is T;
  T unwrap(Object? o) => o as T;
}

class IntBox extends Box<int> {
  IntBox(int v) : super(v);
}

void main() {
  var ints = <int>[1, 2];
  print(ints is List<int>);
  print(ints is List<String>);
  print(ints is List<num>);
  print(ints is List<Object?>);
  print(ints is Iterable<int>);
  print(ints is! List<double>);
  var nums = <num>[1, 2.5];
  print(nums is List<int>);
  print([1, 2] is List<int>);
  print([1, 'a'] is List<int>);
  print([1, 'a'] is List<Object>);
  print([] is List<int>);
  print(<String, int>{'a': 1} is Map<String, int>);
  print(<String, int>{'a': 1} is Map<String, String>);
  print({'a': 1} is Map<Object, num>);
  print(<int>{1} is Set<num>);
  print(<int>{1} is Set<String>);

  List<double> ds = [];
  print(ds is List<double>);
  print(ds is List<int>);

  print(null is int?);
  print(null is int);
  print(1 is int?);
  print(1 is Object);
  print(null is Object);
  print(null is Object?);
  print(1 is dynamic);
  print(1 is FutureOr<int>);
  print(Future.value(1) is FutureOr<int>);
  print('a' is FutureOr<int>);
  print(null is FutureOr<int?>);

  var b = Box<int>(3);
  print(b is Box<int>);
  print(b is Box<num>);
  print(b is Box<String>);
  print(b.holds(4));
  print(b.holds('x'));
  print(b.holds(null));
  print(Box('s').holds('t'));
  print(IntBox(1) is Box<int>);
  print(IntBox(1) is Box<String>);
  print(IntBox(1).holds(2));

  Object o = <int>[1];
  try {
    o as List<String>;
  } catch (e) {
    print(e);
  }
  try {
    b.unwrap('no');
  } catch (e) {
    print(e);
  }
  print((o as List<num>).length);

  print((1, 'a') is (int, String));
  print((1, 'a') is (int, int));
  print((1, 'a') is (num, Object));
  print((x: 1) is ({int x}));
  print((x: 1) is ({int y}));
}
