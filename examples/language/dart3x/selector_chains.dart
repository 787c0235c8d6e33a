// Explicit instantiation after a selector chain (`a.b.m<int>`), `C?.m()` on a class, and
// explicit extension applications as assignment targets.
class Registry {
  final Tools tools = Tools();
}

class Tools {
  List<int> sizes = [1, 2, 3];
  T echo<T>(T value) => value;
  List<T> pair<T>(T a, T b) => [a, b];
}

class Counter {
  static int created = 0;
  static String describe() => 'created $created';
}

class Box {
  int value = 1;
  final List<int> slots = [0, 0];
}

extension Scaled on Box {
  int get tens => value * 10;
  set tens(int t) => value = t ~/ 10;
  int operator [](int i) => slots[i] * 100;
  void operator []=(int i, int v) => slots[i] = v ~/ 100;
}

String trace(String label, Object value) {
  print(label);
  return '$value';
}

void main() {
  var registry = Registry();
  print(registry.tools.echo<int>(3));
  var echoString = registry.tools.echo<String>;
  print(echoString('torn off'));
  print(echoString.runtimeType);
  var pairs = registry.tools.pair<double>;
  print(pairs(1.5, 2.5));
  var n = 4;
  print(registry.tools.sizes.length < n >> 1);
  print(registry.tools.sizes.length < n);

  Counter.created = 2;
  print(Counter?.describe());
  print(Counter?.created);

  var box = Box();
  Scaled(box).tens = 50;
  print(box.value);
  Scaled(box).tens += 20;
  print(box.value);
  print(Scaled(box).tens);
  Scaled(box)[0] = 900;
  print(box.slots);
  Scaled(box)[1] += 300;
  print(box.slots);
  print(Scaled(box)[1]);
  var assigned = Scaled(box)[0] = 200;
  print(assigned);
}
