// Items 2–4 (extensions, typedefs, late, const; enums; generics) as assertion-style tests
// with the Expect helper library.
import '../../testing/expect.dart';

enum Planet implements Comparable<Planet> {
  mercury(3.303e+23, 2.4397e6),
  earth(5.976e+24, 6.37814e6),
  jupiter(1.9e+27, 7.1492e7);

  const Planet(this.mass, this.radius);
  final double mass;
  final double radius;

  double get surfaceGravity => 6.67300E-11 * mass / (radius * radius);

  @override
  int compareTo(Planet other) => mass.compareTo(other.mass);
}

enum Suit { clubs, diamonds, hearts, spades }

extension on String {
  String get shout => '${toUpperCase()}!';
}

extension NumberParsing on String {
  int toInt() => int.parse(this);
}

extension type const Meters(double value) {
  Meters operator +(Meters o) => Meters(value + o.value);
}

typedef Transform<T> = T Function(T);
typedef IntPair = (int, int);

class Stack<E extends Comparable<E>> {
  final _items = <E>[];
  void push(E e) => _items.add(e);
  E pop() => _items.removeLast();
  E get max => _items.reduce((a, b) => a.compareTo(b) >= 0 ? a : b);
  bool get isEmpty => _items.isEmpty;
}

T apply<T>(Transform<T> f, T x) => f(f(x));

late final int computed = _compute();
int computeCalls = 0;
int _compute() {
  computeCalls++;
  return 42;
}

void main() {
  Expect.equals(3, Planet.values.length);
  Expect.equals(Planet.earth, Planet.values.byName('earth'));
  Expect.equals('Planet.jupiter', '${Planet.jupiter}');
  Expect.equals(1, Planet.earth.index);
  Expect.equals('earth', Planet.earth.name);
  Expect.approxEquals(9.80, Planet.earth.surfaceGravity, 0.01);
  Expect.listEquals(Planet.values, [...Planet.values]..sort());
  Expect.isTrue(Planet.mercury.compareTo(Planet.earth) < 0);
  Expect.throwsArgumentError(() => Suit.values.byName('joker'));
  var red = [for (var s in Suit.values) if (switch (s) { Suit.diamonds || Suit.hearts => true, _ => false }) s.name];
  Expect.listEquals(['diamonds', 'hearts'], red);

  Expect.equals('HI!', 'hi'.shout);
  Expect.equals(12, '12'.toInt());
  Expect.equals(12, NumberParsing('12').toInt());
  var d = const Meters(1.5) + Meters(2);
  Expect.equals(3.5, d.value);
  Expect.type<double>(d);

  Expect.equals(16, apply<int>((x) => x * x, 2));
  Expect.equals('aaaa', apply((String s) => s + s, 'a'));
  IntPair p = (1, 2);
  Expect.equals(3, p.$1 + p.$2);

  var s = Stack<String>()..push('pear')..push('apple')..push('quince');
  Expect.equals('quince', s.max);
  Expect.equals('quince', s.pop());
  Expect.type<Stack<String>>(s);
  Expect.notType<Stack<Never>>(s);

  var ints = <int>[1, 2];
  List<num> nums = ints;
  Expect.throwsTypeError(() => nums.add(1.5));
  Expect.type<List<Object>>(ints);
  Expect.equals('List<int>', ints.runtimeType.toString());
  double half = 1;
  Expect.equals('1.0', '$half');
  Expect.equals('[1.0, 2.0]', '${<double>[1, 2]}');

  Expect.equals(0, computeCalls);
  Expect.equals(42, computed);
  Expect.equals(42, computed);
  Expect.equals(1, computeCalls);
  late String lateLocal;
  Expect.throws<Error>(() => lateLocal.length, (e) => '$e'.contains('lateLocal'));
  lateLocal = 'now';
  Expect.equals(3, lateLocal.length);
  Expect.identical(const [1, (2, 3)], const [1, (2, 3)]);
  print('types: all checks passed');
}
