// Factory constructors: a cache of instances keyed by name, a named factory
// that validates its input, and factories returning const instances.

class Logger {
  static final Map<String, Logger> _cache = {};
  static int instances = 0;
  final String name;

  Logger._create(this.name) {
    instances++;
    print('creating logger $name');
  }

  factory Logger(String name) {
    var existing = _cache[name];
    if (existing != null) {
      return existing;
    }
    var fresh = Logger._create(name);
    _cache[name] = fresh;
    return fresh;
  }

  void log(String message) => print('[$name] $message');
}

class Percent {
  final int value;
  const Percent._(this.value);

  static const Percent zero = Percent._(0);
  static const Percent full = Percent._(100);

  factory Percent.clamped(int raw) {
    if (raw <= 0) return zero;
    if (raw >= 100) return full;
    return Percent._(raw);
  }

  String toString() => '$value%';
}

void main() {
  var l1 = Logger('net');
  var l2 = Logger('db');
  var l3 = Logger('net');
  l1.log('connected');
  l3.log('same logger');
  l2.log('query');
  print(identical(l1, l3));
  print(identical(l1, l2));
  print(Logger.instances);

  var values = [Percent.clamped(-5), Percent.clamped(42), Percent.clamped(250)];
  print(values);
  print(identical(values[0], Percent.zero));
  print(identical(values[2], const Percent._(100)));
  print(identical(Percent.clamped(42), Percent.clamped(42)));
}
