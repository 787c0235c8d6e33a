// `await` inside collection-for, collection-if and spread elements of list, set and map
// literals: elements are added in order, each await lets pending microtasks run, and an
// element after an await sees the effects of everything before it.
import 'dart:async';

Future<String> fetch(String url) async {
  print('fetch $url');
  await null;
  return 'page:$url';
}

int tick(String label, int v) {
  print('tick $label $v');
  return v;
}

Future<bool> ok(bool b) async => b;

Future<List<int>> numbers() async => [7, 8];

Future<List<int>?> maybe(bool some) async => some ? [1] : null;

Future<List<int>> build(String name) async => [for (var i = 0; i < 3; i++) await tick(name, i)];

Stream<List<int>> batches() async* {
  for (var n = 1; n <= 3; n++) {
    yield [for (var i = 0; i < n; i++) await Future.value(i * n)];
  }
}

Stream<int> count(int n) async* {
  for (var i = 1; i <= n; i++) {
    await null;
    yield i;
  }
}

Iterable<List<int>> rows() sync* {
  for (var r = 0; r < 2; r++) {
    yield [for (var c = 0; c < 3; c++) r * 3 + c, if (r == 1) ...[9, 9]];
  }
}

void main() async {
  var urls = ['a', 'b'];
  print([for (var u in urls) await fetch(u), if (await ok(true)) 'yes' else 'no', ...await numbers().then((l) => ['$l'])]);

  // Each await in the loop lets the microtask queue run before the next element.
  scheduleMicrotask(() => print('microtask 1'));
  var list = [tick('first', 0), for (var i = 1; i <= 2; i++) await tick('loop', i), tick('last', 3)];
  print(list);

  // Two literals being built at once interleave at their awaits.
  var fa = build('A');
  var fb = build('B');
  print(await fa);
  print(await fb);

  // Maps: keys and values in source order.
  var m = {
    tick('k1', 1): await fetch('v1'),
    for (var u in urls) u: await fetch(u),
    if (await ok(false)) 'no': 'no' else 'else': await fetch('e'),
    await fetch('k2'): tick('v2', 2),
  };
  print(m);

  // Sets, typed, with await in the loop condition, the update and nested ifs.
  var s = <int>{
    ...await numbers(),
    for (var i = 0; await ok(i < 4); i = await Future.value(i + 1))
      if (await ok(i.isOdd)) i,
    ...?await maybe(false),
    ...?await maybe(true),
  };
  print(s);
  print(s is Set<int>);

  // A spread of a map decides that a braced literal is a map.
  var spreadMap = {...await Future.value({'x': 1}), 'y': await Future.value(2)};
  print(spreadMap);

  // Nested literals, pattern for-in and a literal inside a guard.
  var nested = [
    for (var u in urls) [for (var c in (await fetch(u)).split(':')) c.length]
  ];
  print(nested);
  var pairs = [for (var (k, v) in [(1, 'one'), (2, 'two')]) '$k=${await Future.value(v)}'];
  print(pairs);
  switch (3) {
    case int n when [for (var i = 0; i < n; i++) await Future.value(i)].contains(2):
      print('guard saw 0..${n - 1}');
    default:
      print('no');
  }

  // Closures capture each iteration's variable.
  var fs = [for (var i = 0; i < 3; i++) await Future.value(() => i)];
  print(fs.map((f) => f()).toList());

  await for (var batch in batches()) {
    print('batch $batch');
  }
  print(rows().toList());

  // if-case elements: the subject, the guard and the element may await; the guard only
  // after the pattern matched.
  Object o = 3;
  print([
    if (await Future.value(o) case int n when await ok(n > 2)) await fetch('n=$n') else 'none',
    if ('s' case int n when await ok(true)) n,
    for (var x in [1, 'a', 2]) if (x case int i when await ok(i.isEven)) i else '-',
  ]);

  // await for elements.
  print([0, await for (var x in count(3)) x * 10, 99]);
  print({await for (var x in count(2)) x: 'v$x'});
  var last = 0;
  print([await for (last in count(3)) last, last]);
  print([for (var n in [1, 2]) ...[await for (var x in count(n)) if (x.isOdd) x else -x]]);
}
