// Enhanced enums: final fields, const constructors, methods, getters,
// static members, and an overridden toString.

enum Coin {
  penny(1, 'copper'),
  nickel(5, 'nickel'),
  dime(10, 'silver'),
  quarter(25, 'silver');

  final int cents;
  final String metal;
  const Coin(this.cents, this.metal);

  bool get isSilver => metal == 'silver';
  int valueOf(int count) => cents * count;

  static int total(List<Coin> coins) {
    var sum = 0;
    for (var c in coins) {
      sum += c.cents;
    }
    return sum;
  }
}

enum Level {
  low('L', 1),
  medium('M', 5),
  high('H', 10);

  const Level(this.code, this.weight);
  final String code;
  final int weight;

  Level get next => values[(index + 1) % values.length];
  bool isAbove(Level other) => weight > other.weight;

  @override
  String toString() => 'Level<$code>';
}

void main() {
  for (var c in Coin.values) {
    print('${c.name}: ${c.cents}c ${c.metal} silver=${c.isSilver}');
  }
  print(Coin.dime);
  print(Coin.quarter.valueOf(3));
  print(Coin.total([Coin.quarter, Coin.dime, Coin.penny, Coin.penny]));
  print(Coin.values.byName('nickel').cents);

  var silver = <Coin>[];
  for (var c in Coin.values) {
    if (c.isSilver) silver.add(c);
  }
  print(silver);

  print(Level.values);
  print(Level.medium);
  print('${Level.low.name} ${Level.low.index} ${Level.low.code}');
  var l = Level.low;
  for (var i = 0; i < 4; i++) {
    print('$l -> ${l.next}');
    l = l.next;
  }
  print(Level.high.isAbove(Level.medium));
  print(Level.low.isAbove(Level.medium));
  print(identical(Level.high.next, Level.low));

  var byLevel = {Level.high: 'urgent', Level.low: 'later'};
  print(byLevel);
  print(byLevel[Level.low]);
}
