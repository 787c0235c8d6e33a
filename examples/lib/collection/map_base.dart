// A user map that implements only [], []=, keys, remove and clear gets the whole Map API
// from MapBase / MapMixin; unmodifiable views refuse every change.
import 'dart:collection';

class Registry<V> extends MapBase<String, V> {
  final _keys = <String>[];
  final _values = <V>[];

  V? operator [](Object? key) {
    var i = _keys.indexOf(key as String);
    return i < 0 ? null : _values[i];
  }

  void operator []=(String key, V value) {
    var i = _keys.indexOf(key);
    if (i < 0) {
      _keys.add(key);
      _values.add(value);
    } else {
      _values[i] = value;
    }
  }

  Iterable<String> get keys => _keys;

  V? remove(Object? key) {
    var i = _keys.indexOf(key as String);
    if (i < 0) return null;
    _keys.removeAt(i);
    return _values.removeAt(i);
  }

  void clear() {
    _keys.clear();
    _values.clear();
  }
}

class Loop extends MapBase<int, Object> {
  Object? operator [](Object? key) => key == 0 ? this : null;
  void operator []=(int key, Object value) {}
  Iterable<int> get keys => [0];
  Object? remove(Object? key) => null;
  void clear() {}
}

void main() {
  var r = Registry<int>();
  r['one'] = 1;
  r['two'] = 2;
  r.addAll({'three': 3, 'one': 11});
  print(r);
  print('${r.length} ${r.isEmpty} ${r.isNotEmpty}');
  print(r.containsKey('two'));
  print(r.containsKey('four'));
  print(r.containsValue(3));
  print(r.values);
  print(r.entries.map((e) => '${e.key}=${e.value}').join(','));
  print(r.putIfAbsent('four', () => 4));
  print(r.putIfAbsent('four', () => 44));
  print(r.update('two', (v) => v * 10));
  print(r.update('five', (v) => v, ifAbsent: () => 5));
  r.updateAll((k, v) => v + k.length);
  print(r);
  r.removeWhere((k, v) => v > 20);
  print(r);
  print(r.map((k, v) => MapEntry(v, k)));
  var seen = <String>[];
  r.forEach((k, v) => seen.add('$k:$v'));
  print(seen);
  print(r.remove('one'));
  print(r.remove('zzz'));
  print(r is Map<String, int>);
  try {
    r.update('zzz', (v) => v);
  } on ArgumentError catch (e) {
    print(e);
  }
  r.clear();
  print(r);
  print(Loop());
  print(MapBase.mapToString({1: 'a', 2: [3]}));

  var base = {'a': 1, 'b': 2};
  var view = UnmodifiableMapView(base);
  print(view);
  print(view['a']);
  print(view.length);
  base['c'] = 3;
  print(view.keys.toList());
  for (var change in <void Function()>[
    () => view['x'] = 1,
    () => view.remove('a'),
    () => view.clear(),
    () => view.addAll({'y': 2}),
    () => view.putIfAbsent('z', () => 0),
  ]) {
    try {
      change();
    } on UnsupportedError catch (e) {
      print(e);
    }
  }
  var r2 = Registry<int>()..addAll({'p': 1, 'q': 2});
  print({...r2, 'z': 0});
  print(Map.of(r2));
  print(<String, int>{}..addAll(r2));
  var mv = MapView<String, int>({'k': 1});
  mv['j'] = 2;
  print(mv);
}
