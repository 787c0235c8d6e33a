// `?..` cascades (every section skipped on a null receiver), null-aware selectors
// inside cascade sections (each section shorts on its own), and null-aware spreads
// and index operators combined with null-shorting chains.

final log = <String>[];

int value(String what, int v) {
  log.add(what);
  return v;
}

class Box {
  String label = '';
  List<int> items = [];
  List<int>? spare;
  Box? inner;
  Map<String, List<String>>? tags;
  Box add(int v) {
    items.add(v);
    return this;
  }

  @override
  String toString() => 'Box($label, $items, spare: $spare, inner: $inner)';
}

Box? box(bool present) => present ? Box() : null;

Map<String, List<String>>? tagsOf(bool present) => present
    ? {
        'a': ['apple', 'avocado'],
        'b': [],
      }
    : null;

void main() {
  for (var present in [false, true]) {
    print('-- present: $present');
    var b = box(present)
      ?..label = 'first${value('label', 1)}'
      ..items.add(value('add', 2))
      ..add(value('call', 3)).add(4)
      ..inner = Box()
      ..inner?.label = 'in'
      ..inner?.items.add(value('inner add', 5))
      ..spare?.add(value('spare add', 6))
      ..spare?[0] = value('spare index', 7)
      ..inner?.inner?.label = 'never';
    print(b);
    print(log);
    log.clear();
  }

  // Sections short on their own: a null in one section does not stop the next.
  var b = Box()
    ..spare?.add(value('skipped', 1))
    ..items.add(value('kept', 2))
    ..inner?.items[value('skipped index', 0)] += value('skipped rhs', 1)
    ..spare = [0]
    ..spare?[0] += value('now', 5)
    ..tags = {'a': ['x', 'y']}
    ..tags?['a']?.add('z')
    ..tags?['b']?.add('never');
  print(b);
  print(b.tags);
  print(log);
  log.clear();

  // A cascade's target ends its chain: the sections run on the null.
  dynamic d = box(false);
  try {
    d?.label..length;
  } on NoSuchMethodError {
    print('cascade section ran on null');
  }

  // Null-aware spreads of shorted chains.
  for (var present in [false, true]) {
    var x = box(present)?..items.addAll([1, 2, 3]);
    print([0, ...?x?.items.where((i) => i.isOdd), 9]);
    print({...?x?.items.map((i) => i * 10)});
    print({'k': 0, ...?x?.tags});
    print([...?x?.spare?.reversed]);
  }

  // Null-aware index operators in chains.
  var tags = tagsOf(true);
  print(tags?['a']?[1].toUpperCase());
  print(tags?['c']?[value('unused', 0)].toUpperCase());
  print(tags?['b']?.isEmpty);
  print(tags?['a']?.map((s) => s.length).toList());
  tags = tagsOf(false);
  print(tags?['a']?[1].length);
  print(log);
}
