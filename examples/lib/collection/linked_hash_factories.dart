import 'dart:collection';
import 'dart:convert';

void main() {
  final a = LinkedHashMap<String, int>.fromIterables(['x', 'y'], [1, 2]);
  print(a);
  print(LinkedHashMap.fromEntries([const MapEntry('k', true)]));
  print(LinkedHashMap<int, String>.of({2: 'b', 1: 'a'}));
  print(LinkedHashMap.from({'z': 0}));
  print(LinkedHashSet<int>.from([3, 1, 3, 2]));
  print(LinkedHashSet.of(['b', 'a', 'b']).toList());
  try {
    LinkedHashMap.fromIterables([1], []);
  } on ArgumentError catch (e) {
    print(e.message);
  }
  final tree = SplayTreeMap<String, Object>()
    ..['b'] = [1, 2]
    ..['a'] = {'nested': SplayTreeMap<String, int>.from({'y': 2, 'x': 1})};
  print(jsonEncode(tree));
  print(const JsonEncoder.withIndent(' ').convert(SplayTreeMap<String, int>()));
  typed();
}

void typed() {
  print(LinkedHashMap<String, int>.fromIterables(['x'], [1]).runtimeType);
  print(LinkedHashMap<int, bool>.fromEntries([MapEntry(1, true)]).runtimeType);
  print(LinkedHashMap<String, num>.of({'a': 1}).runtimeType);
  print(LinkedHashSet<int>.from([1]).runtimeType);
  print(LinkedHashSet<String>.of(['a']).runtimeType);
}
