// runtimeType and type literals print as the Dart VM prints them.
class Box<T> {
  final T value;
  Box(this.value);
  Type get type => T;
  String describe() => 'Box of $T';
  bool holdsInt() => T == int;
}

class Pair<A, B> {
  final A first;
  final B second;
  Pair(this.first, this.second);
  Pair<B, A> swap() => Pair<B, A>(second, first);
}

class Plain {}

int twice(int x) => x * 2;
String greet(String name, {int times = 1}) => name * times;
void maybe([int? n]) {}

void main() {
  print(1.runtimeType);
  print(1.5.runtimeType);
  print('s'.runtimeType);
  print(true.runtimeType);
  print(null.runtimeType);
  print([1, 2].runtimeType);
  print(['a', 'b'].runtimeType);
  print([1, 'a'].runtimeType);
  print([1, 2.5].runtimeType);
  print([1, null].runtimeType);
  print([].runtimeType);
  print(<double>[].runtimeType);
  print(<String, int>{}.runtimeType);
  print({'a': 1}.runtimeType);
  print({}.runtimeType);
  print({1, 2}.runtimeType);
  print((1, 'a').runtimeType);
  print((1, name: 'a').runtimeType);
  print(Plain().runtimeType);
  print(Box<int>(1).runtimeType);
  print(Box('s').runtimeType);
  print(Pair(1, 'a').runtimeType);
  print(Pair(1, 'a').swap().runtimeType);
  print(Box<List<int>>([1]).runtimeType);
  print(Box<int?>(null).runtimeType);

  print(int);
  print(String);
  print(List);
  print(Map);
  print(Plain);
  print(Box);
  print(int == 1.runtimeType);
  print(List == [1].runtimeType);
  print(Box<int>(1).runtimeType == Box<int>(2).runtimeType);
  print(Box<int>(1).runtimeType == Box<num>(2).runtimeType);

  var b = Box<String>('x');
  print(b.type);
  print(b.describe());
  print(b.holdsInt());
  print(Box(1).holdsInt());

  print(twice.runtimeType);
  print(greet.runtimeType);
  print(maybe.runtimeType);
  print(main.runtimeType);
  print(((int x) => x).runtimeType);

  List<double> ds = [];
  print(ds.runtimeType);
  Map<String, List<int>> m = {};
  print(m.runtimeType);
  Set<num> s = {};
  print(s.runtimeType);
  // The special types as values.
  print(dynamic);
  print(Never);
  print([dynamic, Never, Object]);
  print(dynamic == dynamic);
  // A type parameter with selectors.
  print(Named<int>().describe());
  print(Named<String>().same(String));
  print(typeName<List<int>>());
  print(dynamic.toString());
}

class Named<T> {
  String describe() => T.toString();
  bool same(Type t) => T == t;
}

String typeName<T>() => T.toString();
