// Generic static methods and top-level functions infer their type arguments from their
// arguments, or from the context type of the call.
class Util {
  static List<T> twice<T>(T x) => [x, x];
  static Map<K, V> single<K, V>(K key, V value) => {key: value};
  static T firstOf<T>(List<T> items) => items.first;
}

List<T> pair<T>(T a, T b) => [a, b];
Set<E> setOf<E>(Iterable<E> items) => items.toSet();
T pick<T>(bool first, T a, T b) => first ? a : b;

class Stack<E> {
  final List<E> _items = [];
  void push(E e) => _items.add(e);
  List<E> get items => _items;
  static Stack<T> of<T>(T first) {
    var s = Stack<T>();
    s.push(first);
    return s;
  }
}

void main() {
  print(Util.twice(1).runtimeType);
  print(Util.twice('a').runtimeType);
  print(Util.twice(1.5).runtimeType);
  print(Util.twice([1]).runtimeType);
  print(Util.twice({'a': 1}).runtimeType);
  print(Util.single('k', 2).runtimeType);
  var first = Util.firstOf([1, 2, 3]);
  print([first].runtimeType);

  List<num> nums = Util.twice(1);
  print(nums.runtimeType);
  nums.add(2.5);
  print(nums);
  List<Object> objects = pair(1, 'a');
  print(objects.runtimeType);
  print(pair(1, 2.5).runtimeType);
  print(setOf([1, 2, 2]).runtimeType);
  print([pick(true, 1, 2.5)].runtimeType);

  var s = Stack.of('x');
  print(s.runtimeType);
  print(s.items.runtimeType);

  try {
    (Util.twice(1) as dynamic).add('no');
  } catch (e) {
    print(e);
  }
}
