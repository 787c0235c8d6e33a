// Run-time type names of values whose class is an implementation class of the
// Dart VM: lazy iterables, iterators, stack traces, errors and constants.
Iterable<int> numbers() sync* {
  yield 1;
  yield 2;
}

void main() {
  var list = [1, 2, 3];
  print(list.map((e) => e).runtimeType);
  print(list.map((e) => 'x$e').runtimeType);
  print(list.where((e) => e > 1).runtimeType);
  print(list.skip(1).runtimeType);
  print(list.take(2).runtimeType);
  print(list.reversed.runtimeType);
  print(list.expand((e) => [e, e]).runtimeType);
  print(list.followedBy([4]).runtimeType);

  var set = {1, 2};
  print(set.map((e) => e).runtimeType);
  print(set.where((e) => e > 1).runtimeType);

  var map = {'a': 1};
  print(map.keys.runtimeType);
  print(map.values.runtimeType);

  print(Iterable.generate(3).runtimeType);
  print(numbers().runtimeType);
  print(numbers().toList().runtimeType);
  print(numbers().map((e) => e).runtimeType);
  print(numbers().iterator.runtimeType);

  print(list.iterator.runtimeType);
  print(list.map((e) => 'x$e').iterator.runtimeType);

  // Type tests see the element type of a lazy iterable.
  print(list.where((e) => e > 1) is Iterable<int>);
  print(list.where((e) => e > 1) is Iterable<String>);
  print(list.map((e) => 'x$e') is Iterable<String>);

  // The run-time type is what errors name.
  dynamic mapped = list.map((e) => e);
  try {
    mapped as List<int>;
  } catch (e) {
    print(e);
  }
  print(Error.safeToString(list.where((e) => true)));

  print(StackTrace.current.runtimeType);
  print(StackTrace.fromString('x').runtimeType);
  try {
    throw 'x';
  } catch (e, st) {
    print(st.runtimeType);
  }
  print(Exception('x').runtimeType);
  try {
    dynamic x = 'a';
    x as int;
  } catch (e) {
    print(e.runtimeType);
    print(e is TypeError);
  }

  print(const {'a': 1}.runtimeType);
  print(const {1}.runtimeType);
  print({'a': 1}.runtimeType);
  print({1}.runtimeType);
  print(const {'a': 1}.runtimeType == {'a': 1}.runtimeType);
  print(Map.unmodifiable({'a': 1}).runtimeType);
  print((1, 'a').runtimeType);
}
