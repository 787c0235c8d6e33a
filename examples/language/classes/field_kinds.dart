// One field holding values of different kinds over time (int, double, null, objects), in hot
// loops so that the field accesses run compiled; and user-defined operators on several classes
// at one call site.
class Cell {
  var value;
  Cell(this.value);
}

class Account {
  int count = 0;
  double total = 0.0;
  num mixed = 0;
  Object? last;
}

class Vec {
  final double x, y;
  const Vec(this.x, this.y);
  Vec operator +(Vec o) => Vec(x + o.x, y + o.y);
  Vec operator -(Vec o) => Vec(x - o.x, y - o.y);
  Vec operator *(double f) => Vec(x * f, y * f);
  Vec operator /(double f) => Vec(x / f, y / f);
  bool operator <(Vec o) => x * x + y * y < o.x * o.x + o.y * o.y;
  bool operator <=(Vec o) => !(o < this);
  bool operator >(Vec o) => o < this;
  bool operator >=(Vec o) => !(this < o);
  double operator [](int i) => i == 0 ? x : y;
  int operator ~/(int d) => (x + y).toInt() ~/ d;
  double operator %(double m) => (x + y) % m;
  @override
  String toString() => 'Vec($x, $y)';
}

class Money {
  final int cents;
  Money(this.cents);
  Money operator +(Money o) => Money(cents + o.cents);
  @override
  String toString() => '\$${cents ~/ 100}.${(cents % 100).toString().padLeft(2, '0')}';
}

class Label {
  final String text;
  Label(this.text);
  Label operator +(Label o) => Label('$text-${o.text}');
  @override
  String toString() => text;
}

Object add(Object a, Object b) => (a as dynamic) + b;

void main() {
  var cells = [Cell(1), Cell(2.5), Cell(null), Cell('s'), Cell([1])];
  for (var round = 0; round < 3; round++) {
    for (var i = 0; i < 20000; i++) {
      var c = cells[i % 5];
      c.value = switch (i % 4) { 0 => i, 1 => i + 0.5, 2 => null, _ => 'v$i' };
    }
    print(cells.map((c) => c.value).toList());
  }

  var cell = Cell(0);
  var seen = <String>[];
  for (var i = 0; i < 10000; i++) {
    cell.value = i;
    var a = cell.value;
    cell.value = a * 0.5;
    var b = cell.value;
    cell.value = null;
    var n = cell.value;
    cell.value = Cell(b);
    var o = cell.value;
    if (i == 9999) seen.addAll(['$a', '$b', '$n', '${(o as Cell).value}']);
  }
  print(seen);
  cell.value = -0.0;
  print('${cell.value} ${(cell.value as double).isNegative}');
  cell.value = double.nan;
  print(cell.value);
  cell.value = 9223372036854775807;
  print(cell.value);
  cell.value = double.infinity;
  print(cell.value);

  var acc = Account();
  for (var i = 0; i < 100000; i++) {
    acc.count++;
    acc.total += 0.25;
    acc.mixed = i.isEven ? acc.mixed + 1 : acc.mixed + 0.5;
    acc.last = i.isEven ? i : 'odd';
  }
  print('${acc.count} ${acc.total} ${acc.mixed} ${acc.last}');

  var sum = const Vec(0, 0);
  var steps = 0;
  for (var i = 0; i < 50000; i++) {
    var v = Vec(i.toDouble(), 1.0);
    sum = sum + (v - const Vec(0.5, 0.5)) * 0.5 / 2.0;
    if (v < const Vec(3, 3) || v >= const Vec(1e9, 0)) steps++;
    if (v <= const Vec(0, 1) && !(v > const Vec(0, 1))) steps += 10;
  }
  print('$sum $steps ${sum[0]} ${sum[1]} ${sum ~/ 7} ${sum % 1000.0}');

  var values = <Object>[Vec(1, 2), Money(150), Label('a'), 3, 'x', 2.5, Money(5)];
  var out = <String>[];
  for (var round = 0; round < 2000; round++) {
    for (var i = 0; i < values.length; i++) {
      var r = add(values[i], values[i]);
      if (round == 1999) out.add('$r');
    }
  }
  print(out);
}
