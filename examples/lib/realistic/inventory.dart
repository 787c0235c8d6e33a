// Inventory report: List API, grouping, Set algebra, Map entries, SplayTreeMap,
// Queue BFS, List.generate grids and observable Iterable laziness.
import 'dart:collection';

enum Category { fruit, dairy, bakery }

class Item {
  final String name;
  final Category category;
  final int qty;
  final double price;
  const Item(this.name, this.category, this.qty, this.price);
  double get total => qty * price;
  @override
  String toString() => 'Item($name, ${category.name}, $qty)';
}

const items = [
  Item('apple', Category.fruit, 10, 0.5),
  Item('milk', Category.dairy, 2, 1.25),
  Item('bread', Category.bakery, 1, 2.0),
  Item('banana', Category.fruit, 6, 0.25),
  Item('cheese', Category.dairy, 1, 4.75),
  Item('cherry', Category.fruit, 40, 0.1),
  Item('bagel', Category.bakery, 4, 0.8),
];

void main() {
  final byCat = <Category, List<Item>>{};
  for (final it in items) {
    byCat.putIfAbsent(it.category, () => []).add(it);
  }
  byCat.forEach((k, v) => print('$k: ${v.map((i) => i.name).join(', ')}'));

  final totals = <String, double>{};
  for (final it in items) {
    totals.update(it.category.name, (t) => t + it.total, ifAbsent: () => it.total);
  }
  print(totals);
  final ranked = totals.entries.toList()..sort((a, b) => b.value.compareTo(a.value));
  print(ranked.map((e) => '${e.key}=${e.value.toStringAsFixed(2)}').toList());
  print(Map.fromEntries(ranked.map((e) => MapEntry(e.key.toUpperCase(), e.value.round()))));

  final sorted = [...items]..sort((a, b) {
      final c = a.category.index.compareTo(b.category.index);
      return c != 0 ? c : b.qty - a.qty;
    });
  print(sorted);
  print(sorted.sublist(2, 4));
  print(items.map((i) => i.qty).reduce((a, b) => a + b));
  print(items.fold<double>(0, (s, i) => s + i.total));
  print(items.expand((i) => [i.name[0]]).toSet());
  print(items.where((i) => i.qty > 3).map((i) => i.name).toList().reversed.toList());
  print(items.any((i) => i.price > 4));
  print(items.every((i) => i.qty > 0));
  print(items.firstWhere((i) => i.name.startsWith('b')).name);
  print(items.lastWhere((i) => i.category == Category.fruit).name);
  print(items.indexWhere((i) => i.name == 'cheese'));
  print(items.firstWhere((i) => i.qty > 100, orElse: () => const Item('none', Category.fruit, 0, 0)));
  final names = items.map((i) => i.name).toList();
  names.removeWhere((n) => n.length > 5);
  print(names);
  names.retainWhere((n) => n.contains('a'));
  print(names);
  names.insertAll(1, ['x', 'y']);
  names.replaceRange(0, 2, ['z']);
  print(names..removeLast());
  print(List.of(names.reversed).join('|'));
  print(names.asMap());

  final a = {'apple', 'banana', 'cherry', 'date'};
  final b = {'banana', 'date', 'elder'};
  print(a.union(b));
  print(a.intersection(b));
  print(a.difference(b));
  print(b.containsAll(['date', 'banana']));
  print(a.lookup('date'));

  final tree = SplayTreeMap<String, int>();
  for (final it in items) {
    tree[it.name] = it.qty;
  }
  print(tree);
  print('${tree.firstKey()} ${tree.lastKey()} ${tree.firstKeyAfter('bread')} ${tree.lastKeyBefore('bread')}');
  final byLen = SplayTreeMap<int, List<String>>((x, y) => y.compareTo(x));
  for (final n in tree.keys) {
    byLen.putIfAbsent(n.length, () => []).add(n);
  }
  print(byLen);
  final ss = SplayTreeSet<int>.from([5, 3, 9, 1, 3]);
  print('$ss ${ss.first} ${ss.last}');

  // BFS on a grid with a Queue.
  const maze = ['S.#.....', '.##.###.', '...#....', '#.....#E'];
  final h = maze.length, w = maze[0].length;
  final dist = List.generate(h, (_) => List.filled(w, -1));
  final q = Queue<(int, int)>()..add((0, 0));
  dist[0][0] = 0;
  while (q.isNotEmpty) {
    final (r, c) = q.removeFirst();
    for (final (dr, dc) in const [(0, 1), (1, 0), (0, -1), (-1, 0)]) {
      final nr = r + dr, nc = c + dc;
      if (nr < 0 || nc < 0 || nr >= h || nc >= w) continue;
      if (maze[nr][nc] == '#' || dist[nr][nc] >= 0) continue;
      dist[nr][nc] = dist[r][c] + 1;
      q.addLast((nr, nc));
    }
  }
  print('E reached in ${dist[3][7]} steps');
  for (final row in dist) {
    print(row.map((d) => d < 0 ? ' #' : d.toString().padLeft(2)).join());
  }

  // Laziness: nothing runs until iterated; take stops early.
  var calls = 0;
  final lazy = items.map((i) {
    calls++;
    return i.qty;
  }).where((q) => q.isEven);
  print('calls before: $calls');
  print(lazy.take(2).toList());
  print('calls after take: $calls');
  print(lazy.length);
  print('calls after length: $calls');
  final gen = Iterable.generate(5, (i) => i * i);
  print(gen.skip(1).takeWhile((x) => x < 10).toList());
  print(List.generate(3, (i) => List.generate(3, (j) => i * 3 + j)));
  print(List.filled(2, 0, growable: true)..add(1));
  print([3, 1, 2]..sort());
  print([for (var i = 0; i < 4; i++) if (i.isOdd) i * 10]);
  print({for (final it in items.take(2)) it.name: it.qty});
}
