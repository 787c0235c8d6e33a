// Function literals and local functions get the return type Dart infers from their
// bodies, and untyped parameters take their types from a declared function type; the
// inferred type shows in printing and decides `is` tests against function types.
void main() {
  var inc = (int x) => x + 1;
  print(inc);
  print(inc.runtimeType);
  var scale = (int a, double b) => a * b;
  print(scale);
  var size = (String s) {
    return s.length;
  };
  print(size);
  var pick = (int x) {
    if (x > 0) return 1;
    return 2.5;
  };
  print(pick);
  var label = (int x) => x > 0 ? 'positive' : 'not positive';
  print(label);
  var wrap = (int x) => [x];
  print(wrap);
  var count = (List<int> xs) => xs.length;
  print(count);
  var even = (int x) => x.isEven;
  print(even);
  var adder = (int x) => (int y) => x + y;
  print(adder);
  var later = () async => 42;
  print(later);
  var fetch = (int x) async {
    return x.toString();
  };
  print(fetch);
  int Function(int) twice = (x) => x * 2;
  print(twice);
  String Function(String, int) repeat = (s, n) => s * n;
  print(repeat);
  var str = (int x) => x.toString();
  print(str is String Function(int));
  print(str is int Function(int));
  print(str is Object Function(int));
  print(inc is int Function(num));
  print(scale is num Function(int, double));
  int square(int x) => x * x;
  print(square(3));
  halve(double x) => x / 2;
  print(halve.runtimeType);
  print(halve is double Function(double));
  // Contexts from generic typedefs, optional and named parameters; bodies without a return.
  Check<int> isEven = (x) => x.isEven;
  print(isEven);
  int Function(int, {int by}) add = (x, {by = 1}) => x + by;
  print(add);
  print(add(2, by: 3));
  String Function(String, [String]) join = (a, [b = '!']) => a + b;
  print(join);
  print(() {});
  print((int x) {
    print(x);
  });
}

typedef Check<T> = bool Function(T);
