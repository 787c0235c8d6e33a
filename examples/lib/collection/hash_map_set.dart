// HashMap and HashSet with default and custom equality, printing only order-independent
// results (sorted lists, lengths); hash_order.dart checks the VM's iteration order.
import 'dart:collection';

class Key {
  final int id;
  Key(this.id);
  String toString() => 'Key($id)';
}

List<String> sorted(Iterable<Object?> items) => items.map((e) => '$e').toList()..sort();

void main() {
  var h = HashMap<String, int>();
  h['b'] = 2;
  h['a'] = 1;
  h['b'] = 20;
  print(h is HashMap<String, int>);
  print(h is Map);
  print('${h.length} ${h['a']} ${h['b']} ${h['zz']}');
  print(sorted(h.keys));
  print(sorted(h.values));
  print(h.containsKey('a'));
  print(h.remove('a'));
  print(h.length);
  print({'k': 1} is HashMap);

  var ci = HashMap<String, int>(
      equals: (a, b) => a.toLowerCase() == b.toLowerCase(), hashCode: (k) => k.toLowerCase().hashCode);
  ci['Hello'] = 1;
  ci['HELLO'] = 2;
  ci['World'] = 3;
  print(ci.length);
  print(ci['hello']);
  print(ci.keys.contains('Hello'));
  print(ci.containsKey('WORLD'));
  print(ci.remove('world'));
  print(ci);

  var guarded = HashMap<String, int>(
      equals: (a, b) => a == b, hashCode: (k) => k.length, isValidKey: (k) => k is String);
  guarded['abc'] = 1;
  print(guarded[5]);
  print(guarded.containsKey(5));
  print(guarded.remove(5));
  print(guarded['abc']);

  var id = HashMap<Key, String>.identity();
  var k1 = Key(1);
  id[k1] = 'first';
  id[Key(1)] = 'second';
  print(id.length);
  print(id[k1]);
  print(id[Key(1)]);

  print(HashMap<int, String>.fromIterables([1], ['one']));
  print(HashMap<int, int>.fromIterable([3], key: (x) => x, value: (x) => x * x));
  print(HashMap<String, int>.of({'x': 1}));
  print(HashMap<String, int>.from({'y': 2}));

  var hs = HashSet<String>(equals: (a, b) => a.length == b.length, hashCode: (s) => s.length);
  hs.addAll(['a', 'bb', 'c', 'dd', 'eee']);
  print(hs.length);
  print(sorted(hs));
  print(hs.contains('z'));
  print(hs.lookup('qq'));
  print(hs.remove('zzz'));
  print(sorted(hs));
  var plain = HashSet<int>.of([3, 1, 3, 2]);
  print(plain is HashSet<int>);
  print('${plain.length} ${plain.contains(2)} ${plain.contains(5)}');
  print(sorted(plain));
  print(sorted(HashSet<int>.from([7, 7, 8])));
  var ids = HashSet<Key>.identity();
  ids.add(k1);
  ids.add(k1);
  ids.add(Key(1));
  print(ids.length);
  print(HashSet<int>()..add(4));
}
