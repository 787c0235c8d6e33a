// Explicit instantiation of generic functions: top-level, local, static and instance
// methods, and with a type parameter of the enclosing code. The instantiated function
// prints its instantiated signature; tear-offs of one function with the same type
// arguments are equal.
T id<T>(T x) => x;
int add(int a, int b) => a + b;

class Holder<E> {
  final E value;
  Holder(this.value);

  R convert<R>(R Function(E) f) => f(value);
  static List<S> twice<S>(S x) => [x, x];

  void showInstantiated<T>(T sample) {
    var f = id<T>;
    print(f);
    print(f(sample));
    var g = convert<T>;
    print(g((e) => sample));
  }

  List<E> Function(E) get twiceOfE => twice<E>;
}

void main() {
  print(id<int>);
  print(id<int>(3));
  var idString = id<String>;
  print(idString('s'));
  print((id<String>).runtimeType);
  print(id<int> == id<int>);
  print(id<int> == id<String>);
  print((id<int>).hashCode == (id<int>).hashCode);

  S first<S>(S a, [S? b]) => a;
  var firstDouble = first<double>;
  print(firstDouble);
  print(firstDouble(1.5));

  var h = Holder<String>('abc');
  var toInt = h.convert<int>;
  print(toInt);
  print(toInt((s) => s.length));
  print(h.convert<int> == h.convert<int>);
  var other = Holder<String>('abc');
  print(h.convert<int> == other.convert<int>);

  print(Holder.twice<bool>);
  print(Holder.twice<bool>(true));
  print(Holder.twice<int> == Holder.twice<int>);

  h.showInstantiated<String>('x');
  print(Holder<int>(4).twiceOfE(4));
  print(Holder<int>(4).twiceOfE);

  // Tear-offs of the same function are equal; of one method, when the receiver is the same.
  print(identical(add, add));
  print(add == add);
  var s = StringBuffer();
  print(s.write == s.write);
  print(s.write == StringBuffer().write);

  // The instantiated function checks its arguments and has the instantiated type.
  dynamic dynamicId = id<int>;
  try {
    dynamicId('s');
  } catch (e) {
    print(e);
  }
  print(dynamicId is int Function(int));
  print(dynamicId is String Function(String));

  // Its parameters have the instantiated types: an int literal passed for a double is a double.
  var idDouble = id<double>;
  print(idDouble(2));
  double Function(double) declared = id<double>;
  print(declared(1));
}
