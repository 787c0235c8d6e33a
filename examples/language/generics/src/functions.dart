// Generic and callback-taking functions used by imported_function_inference.dart.
T identity<T>(T value) => value;

List<R> mapAll<E, R>(List<E> items, R Function(E) convert) => [for (final item in items) convert(item)];

int applyTwice(int Function(int) f, int start) => f(f(start));

void describe(Object Function(int) f) => print(f);

Map<K, V> pairUp<K, V>(K key, V value) => {key: value};
