// How iterables print: (a, b, c), shortened with "..." like the Dart VM
// (at least the first three, more while under 80 characters, the last two,
// and at most a hundred elements looked at). Elements are converted to strings
// only when shown.

class Noisy {
  final int i;
  Noisy(this.i);
  String toString() {
    print('toString $i');
    return 'N$i';
  }
}

void main() {
  print([1, 2, 3].map((x) => x));
  print([].map((x) => x));
  print(Iterable.generate(30, (i) => i));
  print(Iterable.generate(100, (i) => i));
  print(Iterable.generate(101, (i) => i));
  print(Iterable.generate(1000000, (i) => i));
  print(Iterable.generate(14, (i) => 'el${i + 10}'));
  print(Iterable.generate(4, (i) => '$i' * 30));
  print(Iterable.generate(5, (i) => '$i' * 30));
  print(Iterable.generate(10, (i) => '$i' * 30));
  print(['a' * 40, 'b', 'c', 'd', 'e', 'f'].where((s) => true));
  print(Iterable.generate(120, (i) => Noisy(i)));
  print('${[1, 2].map((x) => x * 2)} and ${{'k': 'v'}.entries}');

  var self = <Object>[1];
  self.add(self.map((x) => x));
  print(self);
  var map = <String, Object>{};
  map['keys'] = map.keys;
  print(map);
  print([1, 2].reversed.toString());
  print([1, [2, 3].map((x) => x), {4: [5].map((x) => x)}]);
}
