// A generic function's type parameters are its type arguments also inside its async body
// and inside the closures and local functions nested in it.
Future<List<T>> collect<T>(T first, T second) async {
  await null;
  print('collect: $T');
  return <T>[first, second];
}

Future<bool> accepts<T>(Object? value) async {
  await Future.delayed(Duration.zero);
  return value is T;
}

List<T> viaClosure<T>(T value) {
  var make = () => <T>[value];
  return make();
}

Type viaLocalFunction<T>() {
  Type inner() => T;
  return inner();
}

bool Function(Object?) tester<T>() => (Object? x) => x is T;

List<Type> deeper<T>() {
  var outer = () {
    var inner = () => [T, <T>[].runtimeType];
    return inner();
  };
  return outer();
}

class Registry<K> {
  final List<String> log = [];
  Map<K, V> single<V>(K key, V value) {
    var build = () => <K, V>{key: value};
    log.add('$K -> $V');
    return build();
  }
}

void main() async {
  print((await collect(1, 2)).runtimeType);
  print((await collect<num>(1, 2.5)).runtimeType);
  print((await collect('a', 'b')).runtimeType);
  print(await accepts<int>(1));
  print(await accepts<String>(1));
  print(await accepts<int?>(null));
  print(viaClosure(2.5).runtimeType);
  print(viaClosure<Object>('x').runtimeType);
  print(viaLocalFunction<Map<String, int>>());
  var isInt = tester<int>();
  print([isInt(1), isInt('1'), isInt(null)]);
  print(deeper<bool>());
  var registry = Registry<String>();
  print(registry.single<int>('one', 1).runtimeType);
  print(registry.log);
}
