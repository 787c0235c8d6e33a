// A call of a generic local function infers its type arguments from the
// arguments, as a call of a top-level one does, so the call has that type.
void main() {
  T id<T>(T x) => x;
  print([id(1)].runtimeType);
  print([id('s')].runtimeType);
  print([id(2.5), id(3)].runtimeType);
  R apply<R>(R Function(int) f) => f(3);
  print([apply((x) => x.isOdd)].runtimeType);
  print(apply((x) => x * 2));
  print({id('k'): apply((x) => x)}.runtimeType);
}
