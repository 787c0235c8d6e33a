// Generic functions and methods: type arguments written at the call or inferred from
// literal arguments are reified, so T can be printed, compared and tested against.
T identity<T>(T x) => x;
String typeName<T>() => '$T';
bool isA<T>(Object? o) => o is T;
T cast<T>(Object? o) => o as T;
List<T> pair<T>(T a, T b) => [a, b];
bool same<A, B>() => A == B;
Map<K, V> single<K, V>(K k, V v) => {k: v};

class Box<T> {
  final T value;
  Box(this.value);
  String with_<S>(S other) => '$T and $S';
  List<T> both() => [value, value];
}

void main() {
  print(identity<int>(1));
  print(identity('s'));
  print(typeName<int>());
  print(typeName<List<String>>());
  print(typeName<int?>());
  print(typeName());
  print(isA<int>(1));
  print(isA<int>('a'));
  print(isA<num>(2.5));
  print(isA<String?>(null));
  print(isA<List<int>>(<int>[]));
  print(isA<List<int>>(<num>[]));
  print(pair(1, 2).runtimeType);
  print(pair('a', 'b').runtimeType);
  print(pair<num>(1, 2).runtimeType);
  print(pair<Object>(1, 'b'));
  print(same<int, int>());
  print(same<int, String>());
  print(single('a', 1).runtimeType);
  print(cast<int>(3));
  try {
    cast<String>(3);
  } catch (e) {
    print(e);
  }
  var b = Box<String>('x');
  print(b.with_<int>(1));
  print(b.both().runtimeType);
  print(<int>[1, 2, 3].map<String>((x) => '<$x>').join());
}
