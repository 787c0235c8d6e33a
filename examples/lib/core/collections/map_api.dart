// The Map API: update, updateAll, putIfAbsent, removeWhere, addAll,
// addEntries, map, containsValue, keys/values/entries, clear, cast, the Map
// constructors and MapEntry.

void main() {
  var stock = {'apples': 3, 'pears': 0};

  print('-- update, putIfAbsent, updateAll');
  print(stock.update('apples', (n) => n + 2));
  print(stock.update('plums', (n) => n + 1, ifAbsent: () => 7));
  print(stock);
  print(stock.putIfAbsent('pears', () => 99));
  print(stock.putIfAbsent('kiwis', () => 4));
  stock.updateAll((k, v) => v * 10);
  print(stock);
  try {
    stock.update('figs', (n) => n);
  } catch (e) {
    print(e);
  }
  try {
    <int, int>{}.update(42, (n) => n);
  } catch (e) {
    print(e);
  }

  print('-- removeWhere, remove, containsKey, containsValue');
  stock.removeWhere((k, v) => v == 0);
  print(stock);
  print(stock.remove('kiwis'));
  print(stock.remove('kiwis'));
  print(stock.containsKey('apples'));
  print(stock.containsValue(70));
  print(stock.containsValue(71));

  print('-- addAll, addEntries, clear');
  var m = <String, int>{'a': 1};
  m.addAll({'b': 2, 'a': 10});
  print(m);
  m.addEntries([MapEntry('c', 3), MapEntry('b', 20)]);
  print(m);
  m.addEntries({'d': 4}.entries);
  print(m);
  var cleared = Map.of(m)..clear();
  print(cleared);
  print(cleared.isEmpty);

  print('-- keys, values, entries');
  print(m.keys);
  print(m.values);
  print(m.entries);
  print(m.keys.length);
  print(m.keys.contains('c'));
  print(m.values.contains(20));
  print(m.keys.first);
  print(m.values.last);
  print(m.keys.toList());
  print(m.values.where((v) => v > 3));
  for (var e in m.entries) {
    print('${e.key} -> ${e.value}');
  }
  print(m.entries.map((e) => e.value).fold(0, (int a, b) => a + b));

  print('-- map');
  var inverted = m.map((k, v) => MapEntry(v, k));
  print(inverted);
  print(inverted[20]);
  var squares = {1: 1, 2: 4}.map((k, v) => MapEntry('$k', v * v));
  print(squares);

  print('-- forEach');
  m.forEach((k, v) => print('$k=$v'));

  print('-- constructors');
  print(Map.from({'x': 1}));
  print(Map.of({'y': 2}));
  print(Map.fromEntries([MapEntry(1, 'one'), MapEntry(2, 'two')]));
  print(Map.fromEntries(m.entries.where((e) => e.value > 5)));
  print(Map.fromIterable([1, 2, 3]));
  print(Map.fromIterable(['a', 'bb'], key: (s) => s.length, value: (s) => s.toUpperCase()));
  var fresh = Map<String, List<int>>();
  fresh.putIfAbsent('k', () => []).add(1);
  fresh.putIfAbsent('k', () => []).add(2);
  print(fresh);
  var copy = Map.of(m);
  copy['a'] = 0;
  print(m['a']);

  print('-- MapEntry');
  var entry = MapEntry('key', [1, 2]);
  print(entry);
  print(entry.key);
  print(entry.value);
  print(MapEntry(1, MapEntry(2, null)));
  print(entry == MapEntry('key', entry.value));
  print(identical(entry, entry));

  print('-- cast and identity');
  Map<Object, Object> objects = {'a': 1, 'b': 2};
  Map<String, int> typed = objects.cast<String, int>();
  print(typed['b']);
  print({} == {});
  var same = m;
  print(same == m);

  print('-- int and double keys');
  var nums = <num, String>{1: 'int one', 2.5: 'two and a half'};
  print(nums[1.0]);
  nums[1.0] = 'replaced';
  print(nums);
  print(nums.keys.map((k) => k.runtimeType).toList());
}
