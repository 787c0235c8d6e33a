// Items 5–8 (null safety, control flow, records and patterns, collections) as
// assertion-style tests with the Expect helper library.
import '../../testing/expect.dart';

sealed class Expr {}

class Num extends Expr {
  final int value;
  Num(this.value);
}

class Add extends Expr {
  final Expr left, right;
  Add(this.left, this.right);
}

class Mul extends Expr {
  final Expr left, right;
  Mul(this.left, this.right);
}

int eval(Expr e) => switch (e) {
      Num(:var value) => value,
      Add(:var left, :var right) => eval(left) + eval(right),
      Mul(left: Num(value: 0), right: _) => 0,
      Mul(:var left, :var right) => eval(left) * eval(right),
    };

String classify(Object? o) => switch (o) {
      null => 'null',
      int n when n < 0 => 'negative',
      0 || 1 => 'bit',
      int() => 'int',
      [] => 'empty list',
      [var only] => 'one: $only',
      [_, ...var rest] => 'rest: $rest',
      {'kind': String k} => 'kind $k',
      (int a, int b) => 'pair ${a + b}',
      (:var name) => 'named $name',
      _ => 'other',
    };

({int min, int max}) bounds(List<int> xs) {
  var lo = xs.first, hi = xs.first;
  for (var x in xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return (min: lo, max: hi);
}

void main() {
  Expect.equals(14, eval(Add(Num(2), Mul(Num(3), Num(4)))));
  Expect.equals(0, eval(Mul(Num(0), Add(Num(1), Num(1)))));

  Expect.equals('null', classify(null));
  Expect.equals('negative', classify(-5));
  Expect.equals('bit', classify(1));
  Expect.equals('int', classify(7));
  Expect.equals('empty list', classify([]));
  Expect.equals('one: 9', classify([9]));
  Expect.equals('rest: [2, 3]', classify([1, 2, 3]));
  Expect.equals('kind leaf', classify({'kind': 'leaf'}));
  Expect.equals('pair 3', classify((1, 2)));
  Expect.equals('named x', classify((name: 'x')));
  Expect.equals('other', classify(2.5));

  var (:min, :max) = bounds([3, -1, 8, 2]);
  Expect.equals(-1, min);
  Expect.equals(8, max);
  Expect.equals((min: -1, max: 8), bounds([8, -1]));
  Expect.equals('(1, b: 2, c: 3)', (1, c: 3, b: 2).toString());
  var (a, b) = (1, 2);
  (a, b) = (b, a);
  Expect.listEquals([2, 1], [a, b]);

  String? maybe;
  Expect.isNull(maybe?.length);
  Expect.equals(0, maybe?.length ?? 0);
  maybe ??= 'set';
  Expect.equals(3, maybe.length);
  List<int>? none;
  Expect.listEquals([0], [0, ...?none]);
  Expect.throwsTypeError(() => none!);

  var evens = [for (var i = 0; i < 10; i++) if (i.isEven) i];
  Expect.listEquals([0, 2, 4, 6, 8], evens);
  var squares = {for (var e in evens) e: e * e};
  Expect.mapEquals({0: 0, 2: 4, 4: 16, 6: 36, 8: 64}, squares);
  Expect.type<Set<int>>({...evens});
  Expect.type<Map<dynamic, dynamic>>({});
  Expect.equals('[1, [2, 3]]', [1, [2, 3]].toString());

  var seen = <String>[];
  outer:
  for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      if (j == 2) continue outer;
      if (i == 2) break outer;
      seen.add('$i$j');
    }
  }
  Expect.listEquals(['00', '01', '10', '11'], seen);
  print('patterns: all checks passed');
}
