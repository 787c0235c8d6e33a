// SplayTreeMap and SplayTreeSet: sorted by compare (default Comparable.compare),
// isValidKey guarding lookups, and the navigation members.
import 'dart:collection';

void main() {
  var m = SplayTreeMap<String, int>();
  for (var w in ['pear', 'apple', 'fig', 'kiwi', 'banana']) {
    m[w] = w.length;
  }
  print(m);
  print('${m.firstKey()} ${m.lastKey()}');
  print('${m.firstKeyAfter('fig')} ${m.lastKeyBefore('fig')}');
  print('${m.firstKeyAfter('pear')} ${m.lastKeyBefore('apple')}');
  print(m.firstKeyAfter('c'));
  print(m.lastKeyBefore('c'));
  print(m.keys.toList());
  print(m.values.toList());
  print(m.entries.first);
  print(m['kiwi']);
  print(m['plum']);
  print(m.remove('fig'));
  print(m.remove('fig'));
  print(m.containsKey('fig'));
  print(m.containsValue(6));
  print(m.length);
  print(m.putIfAbsent('cherry', () => 0));
  print(m.update('kiwi', (v) => v + 100));
  print(m);
  m.removeWhere((k, v) => v == 0);
  print(m.keys.join(' '));
  var empty = SplayTreeMap<int, int>();
  print('${empty.firstKey()} ${empty.lastKey()} $empty');

  var desc = SplayTreeMap<int, String>((a, b) => b.compareTo(a));
  desc.addAll({1: 'one', 3: 'three', 2: 'two'});
  print(desc);
  print(desc.firstKey());

  var guarded = SplayTreeMap<String, int>((a, b) => a.compareTo(b), (k) => k is String);
  guarded['a'] = 1;
  print(guarded[42]);
  print(guarded.containsKey(42));
  print(guarded.remove(42));

  print(SplayTreeMap<int, int>.from({3: 9, 1: 1, 2: 4}));
  print(SplayTreeMap<int, String>.fromIterable([3, 1, 2], value: (x) => 'v$x'));
  print(SplayTreeMap.fromIterables([2, 1], ['b', 'a']));

  var s = SplayTreeSet<int>.from([5, 3, 9, 1, 3]);
  print(s);
  print('${s.first} ${s.last} ${s.length}');
  print(s.contains(9));
  print(s.contains(4));
  print(s.add(4));
  print(s.add(4));
  print(s.remove(3));
  print(s);
  print(s.where((x) => x > 2).toList());
  print(s.map((x) => x * 10));
  print(s.lookup(5));
  print(s.lookup(6));
  print(s.intersection({1, 9, 42}));
  print(s.difference({1, 9}));
  print(s.union({0, 100}));
  s.retainAll([1, 9, 100]);
  print(s);
  s.removeAll([1]);
  print(s.single);
  try {
    SplayTreeSet<int>().first;
  } on StateError catch (e) {
    print(e);
  }
  var byLength = SplayTreeSet<String>((a, b) => a.length.compareTo(b.length));
  byLength.addAll(['aaa', 'b', 'cc', 'dd']);
  print(byLength);
  print(byLength.lookup('zz'));
  var words = SplayTreeSet<String>.of(['delta', 'alpha', 'charlie', 'bravo']);
  print(words.toList());
  print(words.toSet());
  try {
    for (var w in words) {
      if (w == 'bravo') words.add('echo');
    }
  } on ConcurrentModificationError {
    print('concurrent modification');
  }
}
