import 'dart:convert';

// Lists, sets and maps made by core-library members carry the type arguments the VM gives
// them, so runtimeType, `is` and later checks see them.
void main() {
  print(List<int>.filled(2, 0).runtimeType);
  print(List.filled(2, 'a').runtimeType);
  print(List<double>.filled(2, 0));
  print(List<int>.generate(3, (i) => i).runtimeType);
  print(List<String>.empty(growable: true).runtimeType);
  print(List<num>.of([1, 2]).runtimeType);
  print(List<Object>.from(['a']).runtimeType);
  print(Map<String, int>().runtimeType);
  print(Map<String, int>.of({'a': 1}).runtimeType);
  print(Map<int, String>.fromEntries([MapEntry(1, 'a')]).runtimeType);
  print(Map<String, int>.fromIterables(['a'], [1]).runtimeType);
  print(Set<int>().runtimeType);
  print(Set<String>.of(['a']).runtimeType);

  var ints = <int>[3, 1, 2];
  print(ints.toList().runtimeType);
  print(ints.toSet().runtimeType);
  print(ints.where((x) => x > 1).toList().runtimeType);
  print(ints.skip(1).toList().runtimeType);
  print(ints.take(2).toSet().runtimeType);
  print(ints.reversed.toList().runtimeType);
  print(ints.whereType<num>().toList().runtimeType);
  print(ints.sublist(1).runtimeType);
  var ages = <String, int>{'ann': 31};
  print(ages.keys.toList().runtimeType);
  print(ages.values.toList().runtimeType);
  print(ages.keys.toSet().runtimeType);

  var parts = 'a,b,c'.split(',');
  print(parts.runtimeType);
  print(parts is List<String>);
  print(parts is List<int>);

  var decoded = jsonDecode('{"a": [1, 2], "b": {"c": null}}');
  print(decoded.runtimeType);
  print(decoded['a'].runtimeType);
  print(decoded['b'].runtimeType);
  print(decoded is Map<String, dynamic>);
  print(decoded is Map<String, int>);
  print(jsonDecode('[]').runtimeType);

  // The reified type argument is checked when the collection is changed.
  dynamic filled = List<int>.filled(1, 0, growable: true);
  try {
    filled.add('x');
  } on TypeError catch (e) {
    print(e);
  }
  dynamic keys = ages.keys.toList();
  try {
    keys.add(1);
  } on TypeError catch (e) {
    print(e);
  }
  dynamic words = 'x y'.split(' ');
  try {
    words[0] = 1;
  } on TypeError catch (e) {
    print(e);
  }
  dynamic json = jsonDecode('{}');
  try {
    json[1] = 1;
  } on TypeError catch (e) {
    print(e);
  }
  json['k'] = [1];
  print(json);
}
