// A sync* function literal's return type is inferred from what it yields: Iterable<S>, S the
// upper bound of the yielded types; its iterable reifies S.
void main() {
  var f = () sync* {
    yield 1;
    yield 2;
  };
  print(f().runtimeType);
  print(f.runtimeType);
  print(f() is Iterable<int>);
  print(f() is Iterable<String>);
  print(f().toList().runtimeType);

  var g = (int n) sync* {
    yield 'a';
    yield* ['b', 'c'];
  };
  print(g(1).runtimeType);
  print(g.runtimeType);
  print(g(1).toList());

  var h = () sync* {
    yield 1;
    yield 2.5;
  };
  print(h().runtimeType);
}
