// Mixins, extension methods, typedefs, top-level getters and setters, generic classes.
mixin Walker {
  int steps = 0;
  String walk() {
    steps++;
    return '$name walks ($steps)';
  }

  String get name;
}

mixin Swimmer {
  String swim() => '$name swims';
  String get name;
}

class Animal {
  final String species;
  Animal(this.species);
  String describe() => 'an animal: $species';
}

class Duck extends Animal with Walker, Swimmer {
  Duck() : super('duck');
  @override
  String get name => 'Donald';
  @override
  String describe() => '${super.describe()} (can walk and swim)';
}

extension Shouting on String {
  String shout() => '${toUpperCase()}!';
  bool get isLong => length > 5;
}

extension on int {
  int get squared => this * this;
  int times(int other) => this * other;
}

extension DuckTalk on Duck {
  String quack() => '$name says quack';
}

typedef Transformer = int Function(int);
typedef Names = List<String>;

int apply(Transformer f, int value) => f(value);

var _counter = 0;
int get counter => _counter;
set counter(int value) {
  print('setting counter to $value');
  _counter = value;
}

class Pair<A, B> {
  final A first;
  final B second;
  Pair(this.first, this.second);
  Pair<B, A> swap() => Pair(second, first);
  @override
  String toString() => 'Pair($first, $second)';
}

T firstOf<T>(List<T> items) => items.first;

void main() {
  var d = Duck();
  print(d.walk());
  print(d.walk());
  print(d.swim());
  print(d.describe());
  print(d is Walker);
  print(d is Swimmer);
  print(d is Animal);
  print(d.steps);

  print('hello'.shout());
  print('hi'.isLong);
  print('welcome'.isLong);
  print(7.squared);
  print(6.times(7));
  print(d.quack());

  Transformer inc = (x) => x + 1;
  print(apply(inc, 41));
  print(inc is Transformer);
  Names names = ['a', 'b'];
  print(names);

  print(counter);
  counter = 5;
  counter += 2;
  print(counter);

  var p = Pair<int, String>(1, 'one');
  print(p);
  print(p.swap());
  print(firstOf<String>(['x', 'y']));
  print(firstOf([3, 4]));
}
