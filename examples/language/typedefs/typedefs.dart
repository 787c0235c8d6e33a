// Typedefs: old-style function typedefs (`typedef int Op(int a, int b);`), generic ones,
// new-style aliases of function and class types, as parameter types, `is` tests and type
// literals, also imported (plain and with a prefix).
import 'support/shapes_types.dart';
import 'support/shapes_types.dart' as t;

typedef int Op(int a, int b);
typedef bool OldPred<T>(T value);
typedef Pred<T> = bool Function(T);
typedef Handler = void Function(String message, {bool urgent});
typedef Pair = (int, int);
typedef StringMap<V> = Map<String, V>;

int apply(Op op, int a, int b) => op(a, b);
bool check(OldPred<int> p) => p(1);
int fold(Ints xs, Combine f) => xs.reduce(f);

void main() {
  print(apply((a, b) => a * b, 6, 7));
  print(apply.runtimeType);
  print(check.runtimeType);
  print(fold.runtimeType);
  Op add = (a, b) => a + b;
  print(add.runtimeType);
  print(add is Op);
  print(((String s) => true) is OldPred<String>);
  print(((String s) => true) is OldPred<int>);
  print(((int x) => x.isEven) is Pred<int>);

  print(Op);
  print(OldPred<String>);
  print(Pred<int>);
  print(Pred);
  print(Handler);
  print(Pair);
  print(StringMap<int>);
  print(Ints);
  print(t.Ints);
  print(Combine);
  print(Check<double>);

  Ints xs = [3, 4];
  print(fold(xs, (a, b) => a + b));
  print(xs is t.Ints);
  StringMap<int> counts = {'a': 1};
  print(counts.runtimeType);
  Pair p = (1, 2);
  print(p.runtimeType);
  Handler h = (message, {urgent = false}) => print(urgent ? '$message!' : message);
  h('quiet');
  h('loud', urgent: true);
  t.Check<String> nonEmpty = (s) => s.isNotEmpty;
  print(nonEmpty(''));
  print(nonEmpty.runtimeType);
}
