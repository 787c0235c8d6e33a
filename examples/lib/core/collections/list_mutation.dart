// Mutating lists: sort, addAll, insert/insertAll, remove, removeWhere,
// retainWhere, removeRange, replaceRange, setRange, setAll, fillRange,
// getRange, length=, first=/last=, +, ==, asMap.

class Version implements Comparable<Version> {
  final int major, minor;
  Version(this.major, this.minor);
  int compareTo(Version other) =>
      major != other.major ? major - other.major : minor - other.minor;
  String toString() => '$major.$minor';
}

void main() {
  print('-- sort');
  var nums = [5, 3, 8, 1, 9, 2];
  nums.sort();
  print(nums);
  nums.sort((a, b) => b.compareTo(a));
  print(nums);
  var mixed = [3, 1.5, -2, 0.0, 2, -0.0, 1];
  mixed.sort();
  print(mixed);
  var words = ['pear', 'Apple', 'fig', 'banana', 'apple'];
  words.sort();
  print(words);
  words.sort((a, b) => a.length - b.length);
  print(words);
  var versions = [Version(1, 2), Version(0, 9), Version(1, 0)];
  versions.sort();
  print(versions);
  var big = List.generate(50, (i) => (i * 37) % 50);
  big.sort();
  print(big.take(5).toList());
  print(big.skip(45).toList());
  var byLast = ['cb', 'ba', 'ac', 'bb'];
  byLast.sort((a, b) => a.codeUnitAt(1) - b.codeUnitAt(1));
  print(byLast);
  <int>[].sort();
  try {
    [1, 'a'].sort();
  } catch (e) {
    print(e);
  }
  try {
    [true, false].sort();
  } catch (e) {
    print(e);
  }

  print('-- add, addAll, insert, insertAll');
  var list = <Object>[1, 2];
  list.addAll([3, 4]);
  list.addAll({5: 'x'}.keys);
  list.addAll([6, 7].map((x) => x * 10));
  print(list);
  list.insert(0, 0);
  list.insert(list.length, 99);
  print(list);
  list.insertAll(2, ['a', 'b']);
  print(list);
  list.insertAll(list.length, []);
  try {
    list.insert(100, 1);
  } catch (e) {
    print(e);
  }

  print('-- remove, removeAt, removeLast, removeWhere, retainWhere');
  var r = [1, 2, 3, 2, 1];
  print(r.remove(2));
  print(r.remove(7));
  print(r);
  print(r.removeAt(0));
  print(r.removeLast());
  print(r);
  var w = [1, 2, 3, 4, 5, 6, 7, 8];
  w.removeWhere((x) => x.isEven);
  print(w);
  w.retainWhere((x) => x > 3);
  print(w);
  try {
    [].removeLast();
  } catch (e) {
    print(e);
  }
  try {
    [1].removeAt(3);
  } catch (e) {
    print(e);
  }

  print('-- ranges');
  var g = <Object>[0, 1, 2, 3, 4, 5, 6, 7];
  print(g.getRange(2, 5));
  print(g.getRange(3, 3).isEmpty);
  g.removeRange(1, 3);
  print(g);
  g.replaceRange(0, 2, ['x', 'y', 'z']);
  print(g);
  g.replaceRange(3, 6, []);
  print(g);
  g.setRange(0, 2, [7, 8, 9], 1);
  print(g);
  g.fillRange(1, 3, 0);
  print(g);
  g.setAll(1, ['p', 'q']);
  print(g);
  var s = [1, 2, 3, 4, 5];
  s.setRange(1, 4, s);
  print(s);
  var t = [1, 2, 3, 4, 5];
  t.setRange(0, 3, t.skip(2));
  print(t);
  try {
    g.getRange(2, 10);
  } catch (e) {
    print(e);
  }
  try {
    g.removeRange(-1, 2);
  } catch (e) {
    print(e);
  }
  try {
    g.setRange(0, 3, [1]);
  } catch (e) {
    print(e);
  }
  try {
    g.sublist(3, 2);
  } catch (e) {
    print(e);
  }
  print(g.sublist(1));
  print(g.sublist(1, 2));

  print('-- length, first, last');
  var l = <int?>[1, 2, 3];
  l.length = 5;
  print(l);
  l.length = 1;
  print(l);
  l.first = 10;
  l.add(20);
  l.last = 30;
  print(l);
  l.length = 0;
  print(l.isEmpty);
  try {
    <int>[1].length = 3;
  } catch (e) {
    print(e);
  }

  print('-- + and ==');
  var a = [1, 2];
  var b = [1, 2];
  print(a + b);
  print(a == b);
  print(a == a);
  print(identical(a + b, a + b));
  var c = a + [];
  c.add(3);
  print(a);

  print('-- asMap');
  var letters = ['a', 'b', 'c'];
  var asMap = letters.asMap();
  print(asMap);
  print(asMap[1]);
  print(asMap[5]);
  print(asMap.keys);
  print(asMap.values);
  print(asMap.length);
  print(asMap.containsKey(2));
  print(asMap.containsValue('c'));
  asMap.forEach((i, v) => print('$i=$v'));
  print(asMap.entries.map((e) => '${e.key}:${e.value}').join(' '));
  letters.add('d');
  print(asMap);
  try {
    asMap[0] = 'z';
  } catch (e) {
    print(e);
  }
}
