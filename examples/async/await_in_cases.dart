// `await` in if-case statements, switch-case guards and switch expressions (subject, guards
// and case values). A guard runs only after its pattern matched; a guard that suspends
// resumes in its own case; pattern variables stay bound across the suspension.
import 'dart:async';

Future<bool> check(String what, bool result) async {
  print('check $what');
  await null;
  return result;
}

Future<T> later<T>(T value) => Future.delayed(Duration.zero, () => value);

Future<bool> fails() async {
  await null;
  throw StateError('guard failed');
}

sealed class Shape {}

class Circle extends Shape {
  final double r;
  Circle(this.r);
}

class Rect extends Shape {
  final double w, h;
  Rect(this.w, this.h);
}

Future<String> describe(Object o) async {
  if (await later(o) case int n when await check('int $n', n.isEven)) {
    return 'even int $n';
  } else if (o case String s when await check('string', s.isNotEmpty)) {
    return 'string "$s"';
  }
  return 'something else';
}

Future<void> classify(Shape s) async {
  switch (s) {
    case Circle(:var r) when await check('small circle', r < 1):
      print('small circle $r');
    case Circle(:var r):
      print('circle $r');
    case Rect(:var w, :var h) when w == h && await check('square', true):
      print('square $w');
    case Rect():
      await null;
      print('rect');
  }
}

Future<String> label(int code) async => switch (await later(code)) {
      0 => 'zero',
      int n when await check('negative $n', n < 0) => 'negative ${await later(-n)}',
      int n when n > 100 => await later('big'),
      _ => 'other',
    };

Future<List<int Function()>> closures() async {
  var fs = <int Function()>[];
  for (var v in [1, 2, 3]) {
    switch (v) {
      case int n when await check('n=$n', n != 2):
        fs.add(() => n * 10);
      default:
        fs.add(() => -1);
    }
  }
  return fs;
}

Future<List<String Function()>> makers() async {
  var out = <String Function()>[];
  for (Object x in [1, 'a', 2.5]) {
    out.add(switch (x) {
      int i => () => 'int $i',
      String s when await check('str $s', true) => () => 'string $s',
      var other => () => 'other $other',
    });
  }
  return out;
}

Future<int Function()> captureWithoutAwait(Object o) async {
  await null;
  return switch (o) { int i => () => i + 1, _ => () => 0 };
}

// Generators suspend inside if-case branches too.
Iterable<int> signs(List<Object> xs) sync* {
  for (var x in xs) {
    if (x case int n when n > 0) {
      yield n;
      yield -n;
    } else {
      yield 0;
    }
  }
}

Stream<String> nonEmpty(List<Object> xs) async* {
  for (var x in xs) {
    if (x case String s when await later(s.isNotEmpty)) {
      yield s;
    }
  }
}

void main() async {
  print(await describe(4));
  print(await describe(3));
  print(await describe('hi'));
  print(await describe(2.5));

  for (var s in [Circle(0.5), Circle(2), Rect(3, 3), Rect(1, 2)]) {
    await classify(s);
  }

  for (var code in [0, -7, 500, 42]) {
    print(await label(code));
  }

  print((await closures()).map((f) => f()).toList());
  print((await makers()).map((f) => f()).toList());
  print((await captureWithoutAwait(41))());

  // A failing guard throws out of the switch.
  try {
    switch (5) {
      case int n when await fails():
        print('not reached $n');
      default:
        print('not reached');
    }
  } on StateError catch (e) {
    print('caught ${e.message}');
  }

  // break and continue from a branch of an if-case whose guard awaits.
  for (var i = 0; i < 5; i++) {
    if (i case int k when await check('k=$k', k.isOdd)) {
      if (k == 3) break;
      continue;
    }
    print('even $i');
  }

  // A microtask scheduled before the guard runs while the guard is suspended.
  scheduleMicrotask(() => print('microtask A'));
  if (1 case int one when await check('one', true)) print('matched $one');

  // Two if-cases waiting on timers at once: each resumes in its own timer event.
  var a = describe(6);
  var b = describe('x');
  print(await a);
  print(await b);

  // The switch expression in a lazy operand runs only when that operand does.
  var flag = false;
  var v = flag && switch (await later(1)) { 1 => await check('lazy', true), _ => false };
  print('lazy and: $v');
  var w = (await later(2)) == 2 ? switch (2) { int n when await check('cond', n == 2) => 'two', _ => 'else' } : 'none';
  print('conditional: $w');

  print(signs([1, 'a', 2]).toList());
  print(await nonEmpty(['a', '', 'b']).toList());
}
