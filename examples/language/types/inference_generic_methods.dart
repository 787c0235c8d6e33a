// Generic instance methods infer their type arguments from their arguments and, when the call
// is the whole initializer of a typed variable, from its type.
class Conv {
  List<T> wrap<T>(T x) => [x];
  List<T> self<T>(T x) => wrap(x);
}
class Pair<A, B> {
  final A a; final B b;
  Pair(this.a, this.b);
  Pair<B, A> swap() => Pair(b, a);
  Pair<A, C> withSecond<C>(C c) => Pair(a, c);
}
void main() {
  List<num> l = Conv().wrap(1);
  print(l.runtimeType);
  print(Conv().wrap('s').runtimeType);
  var c = Conv();
  Iterable<Object> it = c.wrap(2);
  print(it.runtimeType);
  var p = Pair(1, 'x');
  print(p.swap().runtimeType);
  print(p.withSecond(2.5).runtimeType);
  print([p.withSecond(true).b].runtimeType);
  print(c.self(3).runtimeType);
}
