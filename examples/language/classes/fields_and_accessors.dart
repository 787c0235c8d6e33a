// Instance, final, static and late fields; getters and setters, including
// computed getters and setters with side effects.

int computations = 0;

int expensive(int seed) {
  computations++;
  print('computing from $seed');
  return seed * 100;
}

class Counter {
  static int created = 0;
  static const String kind = 'counter';

  final String name;
  int _value = 0;
  int step = 1;
  late int cached = expensive(step);
  List<String> log = [];

  Counter(this.name) {
    created++;
  }

  int get value => _value;

  set value(int v) {
    log.add('set $v');
    _value = v < 0 ? 0 : v;
  }

  bool get isZero => _value == 0;
  String get label => '$name=$_value';

  void increment() {
    value = value + step;
  }
}

class Temperature {
  double celsius;
  Temperature(this.celsius);

  double get fahrenheit => celsius * 9 / 5 + 32;
  set fahrenheit(double f) {
    celsius = (f - 32) * 5 / 9;
  }
}

void main() {
  var a = Counter('a');
  var b = Counter('b');
  print('${Counter.kind} instances: ${Counter.created}');
  print(a.name);

  a.increment();
  a.increment();
  b.step = 5;
  b.increment();
  print(a.label);
  print(b.label);
  print(a.isZero);

  a.value = -7;
  print(a.value);
  print(a.isZero);
  a.value++;
  a.value += 10;
  print(a.value);
  print(a.log);
  print(b.log);

  print('computations before: $computations');
  print(b.cached);
  print(b.cached);
  b.cached = 1;
  print(b.cached);
  print('computations after: $computations');

  Counter('c');
  Counter.created += 100;
  print(Counter.created);

  var t = Temperature(100.0);
  print(t.fahrenheit);
  t.fahrenheit = 32.0;
  print(t.celsius);
  t.celsius = 37.5;
  print(t.fahrenheit);
}
