// sync* generators: lazy, re-runnable, yield*, infinite sequences with take, loops and
// try/finally inside the body, errors from the body.
Iterable<int> countTo(int n) sync* {
  print('start $n');
  for (var i = 1; i <= n; i++) {
    yield i;
  }
  print('end $n');
}

Iterable<int> naturals() sync* {
  var i = 0;
  while (true) {
    yield i++;
  }
}

Iterable<String> words() sync* {
  yield 'a';
  yield* ['b', 'c'];
  yield* countTo(2).map((n) => 'n$n');
  try {
    yield 'in try';
  } finally {
    print('finally runs');
  }
}

Iterable<int> failing() sync* {
  yield 1;
  throw StateError('generator failed');
}

void main() {
  var it = countTo(3);
  print('created');
  for (var x in it) {
    print(x);
  }
  print(it.toList());
  print(naturals().take(5).toList());
  print(naturals().where((n) => n.isOdd).skip(2).first);
  print(words().toList());
  print(countTo(0).isEmpty);
  try {
    for (var x in failing()) {
      print('got $x');
    }
  } on StateError catch (e) {
    print('caught $e');
  }
}
