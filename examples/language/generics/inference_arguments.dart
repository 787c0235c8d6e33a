// Upward inference: a generic constructor or function call takes its type arguments from
// the static types of its arguments, not only from literals.
class Box<T> {
  final T value;
  Box(this.value);
}

class Pair<A, B> {
  final A first;
  final B second;
  Pair(this.first, this.second);
}

class Bag<T> {
  final List<T> items;
  Bag(this.items);
}

class Animal {}

class Dog extends Animal {}

class Cat extends Animal {}

class Swimmer {}

class Flyer {}

class Duck implements Swimmer, Flyer {}

class Goose implements Swimmer, Flyer {}

T id<T>(T x) => x;
List<T> twoOf<T>(T a, T b) => [a, b];
int twice(int x) => x * 2;
String shout(String s) => s.toUpperCase();
untyped() => 1;
Future<int> answer() async => 42;

void main() async {
  var n = 1;
  var d = 2.5;
  var s = 'hi';
  final flag = n > 0;
  print(Box(n).runtimeType);
  print(Box(d).runtimeType);
  print(Box(s).runtimeType);
  print(Box(flag).runtimeType);
  // Arithmetic follows Dart's rules for int and double operands.
  print(Box(n + 1).runtimeType);
  print(Box(n + d).runtimeType);
  print(Box(n / 2).runtimeType);
  print(Box(n ~/ 2).runtimeType);
  print(Box(-d).runtimeType);
  print(Box(n << 2).runtimeType);
  print(Box('$s!').runtimeType);
  print(Box(s + s).runtimeType);
  print(Box(n == 1).runtimeType);
  // Results of calls with declared return types; a function without one returns dynamic.
  print(Box(twice(n)).runtimeType);
  print(Box(shout(s)).runtimeType);
  print(Box(untyped()).runtimeType);
  print(Box(id(d)).runtimeType);
  print(twoOf(n, d).runtimeType);
  print(twoOf(s, s).runtimeType);
  print(Box(await answer()).runtimeType);
  // Well-known members of core types.
  print(Box(s.length).runtimeType);
  print(Box(n.toString()).runtimeType);
  print(Box(d.round()).runtimeType);
  print(Box(s.split(',')).runtimeType);
  // Casts, conditionals and ??.
  print(Box(n as num).runtimeType);
  print(Box(flag ? n : d).runtimeType);
  print(Box(flag ? s : null).runtimeType);
  // Nested constructor calls and collections of known element types.
  print(Box(Box(n)).runtimeType);
  print(Pair(n, s).runtimeType);
  print(Pair(Box(s), [d]).runtimeType);
  var numbers = [n, n + 1];
  print(numbers.runtimeType);
  print(Box(numbers).runtimeType);
  print(Box({s: n}).runtimeType);
  print(Box({s}).runtimeType);
  print(Bag(numbers).runtimeType);
  print(Bag([s]).runtimeType);
  print([n, d].runtimeType);
  print([[n], [s]].runtimeType);
  // Class types: the least upper bound.
  var pets = [Dog(), Cat()];
  print(pets.runtimeType);
  print(Box(Dog()).runtimeType);
  print([Duck(), Goose()].runtimeType);
  print([Dog(), null].runtimeType);
  Animal a = Dog();
  print(Box(a).runtimeType);
  Object o = 'text';
  print(Box(o).runtimeType);
  // A variable's static type is its declared or inferred type.
  List<num> nums = [1, 2];
  print(Box(nums).runtimeType);
  var copy = nums;
  print(Box(copy).runtimeType);
  print(Box(nums[0]).runtimeType);
  print(Box(numbers.first).runtimeType);
}
