// Records, destructuring, switch expressions and statements with patterns, if-case.
class Point {
  final int x;
  final int y;
  const Point(this.x, this.y);
}

(int, String) pair() => (1, 'one');

String describe(Object? value) => switch (value) {
      null => 'null',
      int n when n < 0 => 'negative $n',
      0 => 'zero',
      int n => 'int $n',
      String s => 'string "$s"',
      [int a, int b] => 'pair of ints $a, $b',
      [var first, ...var rest] => 'list starting $first, ${rest.length} more',
      (int a, int b) => 'record $a, $b',
      {'name': String name} => 'named $name',
      Point(x: 0, :var y) => 'on the y axis at $y',
      Point(:var x, :var y) => 'point $x, $y',
      _ => 'something else',
    };

void main() {
  var r = (1, 'a', flag: true);
  print(r);
  print(r.$1);
  print(r.$2);
  print(r.flag);
  print((1,));
  print((b: 2, a: 1));
  print(r == (1, 'a', flag: true));
  print((1, 2) == (2, 1));
  print(r is Record);

  var (n, word) = pair();
  print('$n $word');
  final (x, y) = (3, 4);
  print(x + y);
  var [first, second, ...others] = [10, 20, 30, 40];
  print('$first $second $others');
  var {'k': v} = {'k': 'value'};
  print(v);
  var (name: who, age: years) = (name: 'Ann', age: 30);
  print('$who is $years');

  for (var value in [null, -5, 0, 7, 'hi', [1, 2], [1, 'x', 3], (4, 5), {'name': 'Bo'}, Point(0, 9), Point(2, 3), 1.5]) {
    print(describe(value));
  }

  var (a, b) = (1, 2);
  (a, b) = (b, a);
  print('$a $b');

  var json = {'user': {'id': 42, 'tags': ['x', 'y']}};
  if (json case {'user': {'id': int id, 'tags': [_, var last]}}) {
    print('id $id last $last');
  } else {
    print('no match');
  }
  if (json case {'missing': _}) {
    print('unexpected');
  } else {
    print('no missing key');
  }

  for (var (i, s) in [(1, 'a'), (2, 'b')]) {
    print('$i$s');
  }

  var grade = 85;
  switch (grade) {
    case >= 90:
      print('A');
    case >= 80 && < 90:
      print('B');
    default:
      print('C');
  }
  var c = 'b';
  switch (c) {
    case 'a' || 'b':
      print('a or b');
    case _:
      print('other');
  }
}
