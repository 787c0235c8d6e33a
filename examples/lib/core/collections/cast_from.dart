// List/Set/Map/Queue/Iterable.castFrom<S, T>: elements read through the cast must be T
// (the VM's TypeError text), writes go to the source, and Iterable.castFrom checks lazily.
import 'dart:collection';

void main() {
  List<Object> objects = [1, 2, 3];
  var ints = List.castFrom<Object, int>(objects);
  print(ints);
  print(ints.fold<int>(0, (a, b) => a + b));
  ints[0] = 10;
  ints.add(4);
  print(objects);
  print(List.castFrom<Object, num>(objects).map((n) => n * 2).toList());

  List<Object> mixed = [1, 'two', 3];
  try {
    print(List.castFrom<Object, int>(mixed).toList());
  } on TypeError catch (e) {
    print(e);
  }

  var lazy = Iterable.castFrom<Object, int>(mixed);
  print(lazy.first);
  print(lazy.length);
  try {
    print(lazy.elementAt(1));
  } on TypeError catch (e) {
    print(e);
  }
  try {
    print(lazy.where((x) => x > 0).length);
  } on TypeError catch (e) {
    print('where: $e');
  }

  print(Set.castFrom<Object, int>({1, 2}).contains(2));
  try {
    print(Set.castFrom<Object, String>({'a', 1}));
  } on TypeError catch (e) {
    print(e);
  }

  Map<Object, Object> raw = {'a': 1, 'b': 2};
  var typed = Map.castFrom<Object, Object, String, int>(raw);
  print(typed['a']! + typed['b']!);
  typed['c'] = 3;
  print(raw);
  try {
    print(Map.castFrom<Object, Object, String, String>(raw));
  } on TypeError catch (e) {
    print(e);
  }

  var queue = Queue.castFrom<Object, int>(Queue<Object>.of([5, 6]));
  print(queue.first + queue.last);
}
