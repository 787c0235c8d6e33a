// The cost of `await`, timed per round (microseconds per await; the first rounds include
// compilation). Not a golden test. See bench/README.md, "Await".
//  - value: `await Future.value(i)` in a loop (a future completed in a microtask).
//  - plain: `await i` on a non-future value.
//  - chain: a loop awaiting an async function that awaits another async function that
//    returns a value (three async frames per iteration, two awaits of pending futures).
Future<int> leaf(int i) async => i;

Future<int> middle(int i) async {
  var v = await leaf(i);
  return v + 1;
}

Future<int> awaitValue(int n) async {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += await Future.value(i);
  }
  return s;
}

Future<int> awaitPlain(int n) async {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += await i;
  }
  return s;
}

Future<int> awaitChain(int n) async {
  var s = 0;
  for (var i = 0; i < n; i++) {
    s += await middle(i);
  }
  return s;
}

String perAwait(Stopwatch sw, int n) => (sw.elapsedMicroseconds / n).toStringAsFixed(2);

Future<void> main(List<String> args) async {
  var rounds = args.isNotEmpty ? int.parse(args[0]) : 6;
  const n = 100000;
  for (var round = 1; round <= rounds; round++) {
    var sw = Stopwatch()..start();
    var a = await awaitValue(n);
    var value = perAwait(sw, n);
    sw = Stopwatch()..start();
    var b = await awaitPlain(n);
    var plain = perAwait(sw, n);
    sw = Stopwatch()..start();
    var c = await awaitChain(n);
    var chain = perAwait(sw, n);
    print('round $round: value $value plain $plain chain $chain (check ${a + b + c})');
  }
}
