enum Category implements Comparable<Category> {
  food('Food', taxRate: 0.05),
  electronics('Electronics', taxRate: 0.2),
  books('Books');

  final String label;
  final double taxRate;
  const Category(this.label, {this.taxRate = 0.0});

  bool get taxFree => taxRate == 0;

  @override
  int compareTo(Category other) => label.compareTo(other.label);

  static Category parse(String s) =>
      values.firstWhere((c) => c.name == s, orElse: () => throw ArgumentError('unknown category $s'));
}

enum Status { active, discontinued }

class Item {
  final String sku;
  final String name;
  final Category category;
  final int priceCents;
  int quantity;
  Status status;

  Item(this.sku, this.name, this.category, this.priceCents,
      {this.quantity = 0, this.status = Status.active});

  factory Item.fromCsv(String line) {
    final parts = line.split(',').map((p) => p.trim()).toList();
    if (parts.length != 5) {
      throw FormatException('expected 5 fields', line);
    }
    return Item(parts[0], parts[1], Category.parse(parts[2]), int.parse(parts[3]),
        quantity: int.parse(parts[4]));
  }

  int get totalCents => priceCents * quantity;

  @override
  String toString() => '$sku:$name x$quantity';
}

String money(int cents) => '\$${cents ~/ 100}.${(cents % 100).toString().padLeft(2, '0')}';

void main() {
  const csv = '''
A1, Apple, food, 50, 10
B2, Laptop, electronics, 99999, 2
C3, Dart Guide, books, 2599, 3
D4, Bread, food, 250, 0
''';
  final items = <Item>[];
  for (final line in csv.trim().split('\n')) {
    items.add(Item.fromCsv(line));
  }
  items[3].status = Status.discontinued;
  print(items);
  for (final item in items) {
    final msg = switch (item) {
      Item(status: Status.discontinued) => 'discontinued',
      Item(quantity: 0) => 'out of stock',
      Item(quantity: var q) when q < 5 => 'low ($q)',
      _ => 'ok',
    };
    print('${item.name.padRight(12)}|${money(item.totalCents).padLeft(12)}| $msg');
  }
  final byCat = <Category, int>{};
  for (final i in items) {
    byCat.update(i.category, (v) => v + i.totalCents, ifAbsent: () => i.totalCents);
  }
  final cats = byCat.keys.toList()..sort();
  for (final c in cats) {
    final tax = (byCat[c]! * c.taxRate).round();
    print('${c.label}: ${money(byCat[c]!)} tax ${money(tax)} taxFree=${c.taxFree}');
  }
  print(Category.values);
  print(Category.books.index);
  print(Category.values.byName('food'));
  print(Status.values.asNameMap());
  print(Category.food.compareTo(Category.books) > 0);
  try {
    Item.fromCsv('X, bad');
  } on FormatException catch (e) {
    print(e.message);
  }
  try {
    Category.parse('toys');
  } catch (e) {
    print(e);
  }
  try {
    Category.values.byName('toys');
  } on ArgumentError catch (e) {
    print(e);
  }
  final sorted = [...items]..sort((a, b) => b.totalCents.compareTo(a.totalCents));
  print(sorted.map((i) => i.sku).join());
  print(Status.active == Status.values[0]);
  print(Status.active.toString());
  print('${Status.discontinued}');
  print(Category.electronics.hashCode == Category.electronics.hashCode);
  switch (Category.parse('books')) {
    case Category.food:
    case Category.electronics:
      print('taxed');
    case Category.books:
      print('books!');
  }
}
