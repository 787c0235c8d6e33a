void main() {
  final callbacks = <void Function()>[];
  for (var i = 0; i < 3; i++) {
    callbacks.add(() => print('classic $i'));
  }
  for (final c in callbacks) {
    c();
  }
  final adders = [for (var i = 1; i <= 3; i++) (int x) => x + i];
  print(adders.map((f) => f(10)).toList());

  var later = <int Function()>[];
  var j = 0;
  while (j < 3) {
    final k = j;
    later.add(() => k * k);
    j++;
  }
  print(later.map((f) => f()).toList());

  final mutate = <int Function()>[];
  for (var i = 0; i < 3; i++) {
    mutate.add(() => i);
    i += 0;
  }
  print(mutate.map((f) => f()).toList());

  // counter closures
  int Function() makeCounter() {
    var count = 0;
    return () => ++count;
  }
  final c1 = makeCounter(), c2 = makeCounter();
  c1();
  c1();
  print('${c1()} ${c2()}');

  // labeled loops
  outer:
  for (var a = 0; a < 4; a++) {
    for (var b = 0; b < 4; b++) {
      if (b == 2) continue outer;
      if (a == 3) break outer;
      print('a=$a b=$b');
    }
  }
  var grid = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9]
  ];
  (int, int)? found;
  search:
  for (var r = 0; r < grid.length; r++) {
    for (var c = 0; c < grid[r].length; c++) {
      if (grid[r][c] == 6) {
        found = (r, c);
        break search;
      }
    }
  }
  print('found at $found');
  var n = 0;
  do {
    n += 3;
  } while (n < 10);
  print(n);
  block:
  {
    print('in block');
    if (n > 5) break block;
    print('not printed');
  }
  var total = 0;
  for (final (i, v) in [10, 20, 30].indexed) {
    total += i * v;
  }
  print(total);
  final sb = StringBuffer();
  for (var i = 0, j = 10; i < j; i += 3, j -= 2) {
    sb.write('($i,$j)');
  }
  print(sb);
  var fizz = [
    for (var i = 1; i <= 15; i++)
      switch ((i % 3, i % 5)) {
        (0, 0) => 'FizzBuzz',
        (0, _) => 'Fizz',
        (_, 0) => 'Buzz',
        _ => '$i',
      }
  ];
  print(fizz.join(' '));
  var it = [1, 2, 3].iterator;
  while (it.moveNext()) {
    if (it.current == 2) continue;
    print('it ${it.current}');
  }
  final fns = <String, int Function(int, int)>{
    'add': (a, b) => a + b,
    'sub': (a, b) => a - b,
    'mul': (a, b) => a * b,
  };
  fns.forEach((name, f) => print('$name ${f(7, 3)}'));
  int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);
  print(List.generate(10, fib));
  var sum = 0;
  for (var i = 0; i < 1000000; i++) {
    sum += i % 7;
  }
  print(sum);
}
