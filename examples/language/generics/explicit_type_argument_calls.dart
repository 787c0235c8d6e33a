// Calls with written type arguments pass them on: to functions of another library
// (plain and prefixed) and to local generic functions.
import 'src/type_checks.dart';
import 'src/type_checks.dart' as checks;

void main() {
  print(isA<String>(1));
  print(isA<int>(1));
  print(isA<num>(2.5));
  print(describe<String, int>({'a': 1, 'b': 2}));
  print(describe<String, int>({'a': 1, 'b': 'x'}));
  final xs = repeat<num>(1, 2);
  print('${xs.runtimeType} $xs');
  print(checks.isA<bool>(true));
  print(checks.isA<bool>('no'));

  bool local<T>(Object? o) => o is T;
  print(local<int>('x'));
  print(local<String>('x'));
  T firstOr<T>(List<Object?> items, T fallback) {
    for (final item in items) {
      if (item is T) return item;
    }
    return fallback;
  }

  print(firstOr<String>([1, 2.5, 'three', 'four'], 'none'));
  print(firstOr<double>([1, 'two'], -1.0));
  final typeName = <T>() => '$T';
  print(typeName<Map<String, int>>());
}
