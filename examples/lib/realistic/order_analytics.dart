// Order analytics: grouping and sorting with the collection API (fold, reduce,
// expand, groupBy by hand, stable multi-key sorts), lookups with orElse, and
// the errors the VM gives for single/first/reduce/sublist/getRange misuse.
class Order {
  final int id;
  final String customer;
  final String region;
  final List<(String, int, double)> lines;
  Order(this.id, this.customer, this.region, this.lines);
  double get total => lines.fold(0.0, (sum, l) => sum + l.$2 * l.$3);
  int get units => lines.map((l) => l.$2).fold(0, (a, b) => a + b);
  @override
  String toString() => '#$id';
}

Map<K, List<V>> groupBy<K, V>(Iterable<V> items, K Function(V) key) {
  final out = <K, List<V>>{};
  for (final item in items) {
    (out[key(item)] ??= []).add(item);
  }
  return out;
}

String money(double v) => v.toStringAsFixed(2).padLeft(8);

void main() {
  final orders = [
    Order(1, 'ada', 'north', [('pen', 10, 1.2), ('ink', 2, 4.5)]),
    Order(2, 'bob', 'south', [('pad', 3, 2.0)]),
    Order(3, 'ada', 'south', [('pen', 1, 1.2), ('pad', 1, 2.0), ('clip', 100, 0.01)]),
    Order(4, 'cy', 'north', [('ink', 5, 4.5)]),
    Order(5, 'bob', 'east', []),
    Order(6, 'dee', 'north', [('pad', 6, 2.0), ('pen', 2, 1.2)]),
  ];

  print('--- totals');
  for (final o in orders) {
    print('${o.toString().padRight(3)} ${o.customer.padRight(4)} ${o.region.padRight(6)}${money(o.total)} units=${o.units}');
  }
  final grand = orders.map((o) => o.total).reduce((a, b) => a + b);
  print('grand total ${grand.toStringAsFixed(2)}, mean ${(grand / orders.length).toStringAsFixed(3)}');

  print('--- by region');
  final byRegion = groupBy(orders, (Order o) => o.region);
  final regions = byRegion.keys.toList()..sort();
  for (final r in regions) {
    final os = byRegion[r]!;
    print('$r: ${os.length} orders ${os} total ${os.fold<double>(0, (s, o) => s + o.total).toStringAsFixed(2)}');
  }

  print('--- products');
  final lines = orders.expand((o) => o.lines).toList();
  final qty = <String, int>{};
  for (final (name, n, _) in lines) {
    qty.update(name, (q) => q + n, ifAbsent: () => n);
  }
  final ranked = qty.entries.toList()..sort((a, b) => b.value.compareTo(a.value));
  print(ranked.map((e) => '${e.key}=${e.value}').join(', '));
  print('distinct products: ${lines.map((l) => l.$1).toSet().length}, first line ${lines.first}, last ${lines.last}');

  print('--- stable sorts');
  final byCustomer = [...orders]..sort((a, b) => a.customer.compareTo(b.customer));
  print(byCustomer);
  final byUnitsThenId = [...orders]..sort((a, b) {
      final c = (b.units ~/ 10).compareTo(a.units ~/ 10);
      return c != 0 ? c : a.id.compareTo(b.id);
    });
  print(byUnitsThenId.map((o) => '${o.id}:${o.units ~/ 10}').toList());
  final words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'plum', 'lime', 'yam'];
  print(([...words]..sort((a, b) => a.length - b.length)).join(' '));
  print(([...words]..sort()).reversed.take(3).toList());
  final mixed = <num>[3, 1.5, -2, 0.0, -0.0, 10, 2.5e-3];
  print(mixed..sort());
  print(['b', 'B', 'a', 'A', 'ä', '_', '1'].toList()..sort());
  print(['b', 'B', 'a', 'A'].toList()..sort((x, y) => x.toLowerCase().compareTo(y.toLowerCase())));

  print('--- lookups');
  print(orders.firstWhere((o) => o.total > 20, orElse: () => Order(0, '-', '-', [])));
  print(orders.firstWhere((o) => o.total > 1000, orElse: () => Order(0, '-', '-', [])));
  print(orders.lastWhere((o) => o.customer == 'bob'));
  print(orders.indexWhere((o) => o.region == 'east'));
  print(orders.where((o) => o.lines.isEmpty).single);
  print(orders.any((o) => o.units > 100) ? 'bulk order present' : 'no bulk order');
  print(orders.every((o) => o.id > 0));
  print(orders.map((o) => o.customer).toSet().join('|'));
  print(orders.skipWhile((o) => o.region != 'south').takeWhile((o) => o.customer != 'cy').toList());
  print(orders.whereType<Order>().length);
  print(List.generate(4, (i) => orders.sublist(i, i + 2).map((o) => o.id).join('+')));
  final ids = orders.map((o) => o.id).toList();
  print('${ids.getRange(1, 4)} ${ids.reversed} ${ids.asMap()[2]} ${ids.indexOf(9)}');

  print('--- errors');
  void attempt(String what, Object? Function() f) {
    try {
      print('$what: ${f()}');
    } catch (e) {
      print('$what: ${e.runtimeType}: $e');
    }
  }

  attempt('single of many', () => orders.where((o) => o.customer == 'ada').single);
  attempt('single of none', () => orders.where((o) => o.customer == 'zed').single);
  attempt('singleWhere many', () => orders.singleWhere((o) => o.region == 'north'));
  attempt('singleWhere none', () => orders.singleWhere((o) => o.region == 'west'));
  attempt('singleWhere orElse', () => orders.singleWhere((o) => o.region == 'west', orElse: () => orders.first));
  attempt('firstWhere none', () => orders.firstWhere((o) => o.id > 99));
  attempt('reduce empty', () => <int>[].reduce((a, b) => a + b));
  attempt('first of empty', () => <String>[].first);
  attempt('sublist past end', () => ids.sublist(4, 9));
  attempt('sublist reversed', () => ids.sublist(3, 1));
  attempt('getRange', () => ids.getRange(-1, 2));
  attempt('index', () => ids[6]);
  attempt('elementAt', () => ids.where((i) => i.isEven).elementAt(5));
  attempt('removeRange', () => [...ids]..removeRange(2, 10));
  attempt('fixed add', () => List.filled(2, 0)..add(1));
  attempt('unmodifiable', () => List.unmodifiable(ids)..sort());
  attempt('const remove', () => const [1, 2].remove(1));
  attempt('map key', () => {'a': 1}['b']!);
  attempt('cast', () => <Object>[1, 'x'].cast<int>().toList());
  attempt('concurrent', () {
    final xs = [1, 2, 3];
    for (final x in xs) {
      if (x == 2) xs.add(4);
    }
    return xs;
  });
}
