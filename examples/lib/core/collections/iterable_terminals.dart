// Terminal members of Iterable and List: toList, forEach, fold, reduce, any,
// every, contains, elementAt, first/last/single and their *Where forms,
// isEmpty/isNotEmpty/length, join, indexOf/indexWhere/lastIndexOf. Errors are
// caught and printed.

void attempt(String label, Object? Function() f) {
  try {
    print('$label: ${f()}');
  } catch (e) {
    print('$label threw ${e.runtimeType == StateError ? 'StateError' : 'error'}: $e');
  }
}

void main() {
  var list = [3, 1, 4, 1, 5, 9, 2, 6];
  var lazy = list.where((x) => x > 1);
  var empty = <int>[];
  var emptyLazy = empty.map((x) => x);

  print('-- toList');
  var copy = list.toList();
  copy.add(7);
  print(list.length);
  print(copy.length);
  var fixed = lazy.toList(growable: false);
  print(fixed);
  try {
    fixed.add(1);
  } catch (e) {
    print(e);
  }
  print(list.map((x) => x * 2).toList(growable: false).length);

  print('-- forEach');
  lazy.forEach((x) => print('item $x'));
  var sum = 0;
  list.forEach((x) => sum += x);
  print(sum);

  print('-- fold and reduce');
  print(list.fold(0, (int acc, x) => acc + x));
  print(list.fold<String>('', (acc, x) => '$acc$x'));
  print(lazy.fold(100, (int acc, x) => acc - x));
  print(list.reduce((a, b) => a > b ? a : b));
  print(lazy.reduce((a, b) => a * b));
  print([42].reduce((a, b) => a + b));
  attempt('empty.reduce', () => empty.reduce((a, b) => a + b));
  attempt('emptyLazy.reduce', () => emptyLazy.reduce((a, b) => a + b));
  print(empty.fold(0, (int a, b) => a + b));

  print('-- any, every, contains');
  print(list.any((x) => x > 8));
  print(list.any((x) => x > 9));
  print(list.every((x) => x > 0));
  print(lazy.every((x) => x > 2));
  print(empty.any((x) => true));
  print(empty.every((x) => false));
  print(list.contains(9));
  print(list.contains(10));
  print(lazy.contains(1));
  print(lazy.contains(4.0));
  print(['a', 'b'].contains('b'));

  print('-- elementAt');
  print(list.elementAt(2));
  print(lazy.elementAt(2));
  attempt('list.elementAt(8)', () => list.elementAt(8));
  attempt('lazy.elementAt(10)', () => lazy.elementAt(10));
  attempt('lazy.elementAt(-1)', () => lazy.elementAt(-1));

  print('-- first, last, single');
  print(list.first);
  print(list.last);
  print(lazy.first);
  print(lazy.last);
  print([7].single);
  print([1, 2, 3].where((x) => x == 2).single);
  attempt('empty.first', () => empty.first);
  attempt('emptyLazy.last', () => emptyLazy.last);
  attempt('list.single', () => list.single);
  attempt('lazy.single', () => lazy.single);
  attempt('empty.single', () => empty.single);

  print('-- firstWhere, lastWhere, singleWhere');
  print(list.firstWhere((x) => x > 3));
  print(list.lastWhere((x) => x < 3));
  print(list.singleWhere((x) => x == 9));
  print(lazy.firstWhere((x) => x.isEven));
  print(lazy.lastWhere((x) => x.isOdd));
  print(list.firstWhere((x) => x > 100, orElse: () => -1));
  print(lazy.lastWhere((x) => x > 100, orElse: () => -2));
  print(list.singleWhere((x) => x > 100, orElse: () => -3));
  attempt('firstWhere none', () => list.firstWhere((x) => x > 100));
  attempt('lastWhere none', () => lazy.lastWhere((x) => x < 0));
  attempt('singleWhere two', () => list.singleWhere((x) => x == 1));
  attempt('lazy singleWhere two', () => lazy.singleWhere((x) => x > 4));

  print('-- isEmpty, isNotEmpty, length');
  print(list.isEmpty);
  print(list.isNotEmpty);
  print(empty.isEmpty);
  print(lazy.isEmpty);
  print(lazy.isNotEmpty);
  print(emptyLazy.isEmpty);
  print(lazy.length);
  print(list.where((x) => x > 100).isEmpty);

  print('-- join');
  print(list.join());
  print(list.join(', '));
  print(lazy.join('-'));
  print(empty.join(','));
  print([1.5, null, true, 'x', [2]].join('|'));
  print({'a': 1}.keys.join());

  print('-- indexOf, indexWhere, lastIndexOf, lastIndexWhere');
  print(list.indexOf(1));
  print(list.indexOf(1, 2));
  print(list.indexOf(1, 4));
  print(list.indexOf(1, -5));
  print(list.lastIndexOf(1));
  print(list.lastIndexOf(1, 2));
  print(list.lastIndexOf(1, 100));
  print(list.lastIndexOf(1, -1));
  print(list.indexWhere((x) => x > 4));
  print(list.indexWhere((x) => x > 4, 6));
  print(list.indexWhere((x) => x > 40));
  print(list.lastIndexWhere((x) => x < 3));
  print(list.lastIndexWhere((x) => x < 3, 5));
}
