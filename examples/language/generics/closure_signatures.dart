// Closures in generic code carry their signature with the enclosing call's
// type arguments substituted.

List<E> wrap<E>(E x) {
  var g = (E e) => e;
  print(g.runtimeType);
  print(g);
  print(g is E Function(E));
  print(g is int Function(int));
  print(g is String Function(String));
  E local(E a, [List<E>? rest]) => a;
  print(local.runtimeType);
  var nested = () => (E e) => [e];
  print(nested().runtimeType);
  return [g(x)];
}

void checked<E>(E x) {
  dynamic d = (E e) => e;
  print(d(x));
  try {
    d('text');
  } catch (e) {
    print(e);
  }
  try {
    d as void Function(String);
  } catch (e) {
    print(e.runtimeType);
  }
}

class Box<T> {
  T value;
  Box(this.value);

  void show() {
    var h = (T x) => x;
    print(h.runtimeType);
    print(h is T Function(T));
    void named({required T v}) {}
    print(named.runtimeType);
  }

  R map<R>(R Function(T) f) {
    var both = (T t, R r) => r;
    print(both.runtimeType);
    return f(value);
  }
}

class IntBox extends Box<int> {
  IntBox() : super(7);
}

void main() {
  print(wrap<int>(1));
  print(wrap('s'));
  checked<int>(5);
  Box<int>(1).show();
  Box<String>('a').show();
  IntBox().show();
  print(Box<double>(1.5).map<String>((d) => '$d'));
}
