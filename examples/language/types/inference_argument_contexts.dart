// Arguments of core collection members take their context from the receiver's type
// arguments: callbacks of putIfAbsent/update and the element given to add.
import 'dart:collection';

int total(List<int> xs) => xs.fold(0, (a, b) => a + b);

void main() {
  final groups = <String, List<int>>{};
  for (final (k, v) in [('a', 1), ('b', 2), ('a', 3)]) {
    groups.putIfAbsent(k, () => []).add(v);
  }
  print('${groups['a'].runtimeType} ${total(groups['a']!)}');

  final tree = SplayTreeMap<int, List<String>>((x, y) => y.compareTo(x));
  for (final w in ['fig', 'kiwi', 'pear', 'plum', 'date']) {
    tree.putIfAbsent(w.length, () => []).add(w);
  }
  print('$tree ${tree[4].runtimeType}');

  final counts = <String, Set<int>>{};
  counts.update('x', (s) => s..add(1), ifAbsent: () => {});
  counts.update('x', (s) => s..add(2), ifAbsent: () => {});
  print('$counts ${counts['x'].runtimeType}');

  final prices = <String, double>{};
  prices.putIfAbsent('tea', () => 3);
  prices.update('tea', (p) => p * 2);
  print(prices);

  final grid = <List<int>>[];
  grid.add([]);
  grid[0].add(7);
  print('$grid ${grid[0].runtimeType}');
  final weights = <double>[];
  weights.add(1);
  print(weights);
  final byName = <Map<String, int>>[];
  byName.add({});
  print(byName.first.runtimeType);
}
