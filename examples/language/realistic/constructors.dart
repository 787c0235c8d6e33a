final log = <String>[];
int trace(String s, int v) {
  log.add(s);
  return v;
}

class Base {
  final int a;
  final int b;
  static int instances = 0;
  Base(this.a, {int b = 10})
      : b = trace('Base.b', b) {
    instances++;
    log.add('Base body');
  }
  Base.zero() : this(0, b: 0);
  String get kind => 'base';
  @override
  String toString() => '$kind(a=$a, b=$b)';
}

class Derived extends Base {
  final int c;
  late final int sum = a + b + c;
  Derived(super.a, this.c, {super.b})
      : assert(c >= 0),
        super() {
    log.add('Derived body');
  }
  Derived.fromList(List<int> xs)
      : c = trace('Derived.c', xs[2]),
        super(trace('super a', xs[0]), b: xs[1]);
  factory Derived.parse(String s) {
    final parts = s.split(':').map(int.parse).toList();
    return Derived.fromList(parts);
  }
  @override
  String get kind => 'derived';
  @override
  String toString() => '${super.toString()}+c=$c';
}

abstract class Shape {
  factory Shape(String type) = _ShapeImpl;
  String get type;
}

class _ShapeImpl implements Shape {
  @override
  final String type;
  _ShapeImpl(this.type);
}

class Singleton {
  static final Singleton _instance = Singleton._internal();
  static int created = 0;
  Singleton._internal() {
    created++;
  }
  factory Singleton() => _instance;
}

class Color {
  final int r, g, b;
  const Color(this.r, this.g, this.b);
  const Color.gray(int v) : this(v, v, v);
  static const black = Color.gray(0);
  static const white = Color(255, 255, 255);
  String get hex => '#${[r, g, b].map((c) => c.toRadixString(16).padLeft(2, '0')).join()}';
}

void main() {
  final d = Derived(1, 2, b: 3);
  print(d);
  print(log);
  log.clear();
  final e = Derived.parse('4:5:6');
  print(e);
  print(e.sum);
  print(log);
  log.clear();
  print(Base.zero());
  print(Derived(7, 8));
  print(Base.instances);
  print(Shape('circle').type);
  print(Shape('x') is _ShapeImpl);
  print(identical(Singleton(), Singleton()));
  print(Singleton.created);
  print(Color.black.hex);
  print(Color.white.hex);
  print(identical(Color.gray(0), Color.black));
  print(identical(const Color.gray(0), Color.black));
  print(const Color(1, 2, 3).hex);
}
