// Generic top-level functions used by explicit_type_argument_calls.dart.
bool isA<T>(Object? value) => value is T;

String describe<K, V>(Map<Object?, Object?> m) => '$K->$V: ${m.keys.every((k) => k is K) && m.values.every((v) => v is V)}';

List<T> repeat<T>(T value, int times) => List<T>.filled(times, value);
