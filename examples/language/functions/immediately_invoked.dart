// A block-bodied function literal is a primary: it can be called, or have a
// member selected, right where it is written.
late final int lazy = () {
  print('initializing lazy');
  return 6 * 7;
}();

class Counter {
  int count = 0;
  late final String label = () {
    count++;
    return 'counter #$count';
  }();
}

Future<void> main() async {
  print('start');
  print(lazy);
  print(lazy);

  var squares = () {
    var out = <int>[];
    for (var i = 1; i <= 4; i++) {
      out.add(i * i);
    }
    return out;
  }();
  print(squares);

  var c = Counter();
  print(c.label);
  print(c.label);
  print(c.count);

  var n = await () async {
    await Future.delayed(Duration.zero);
    return 'from an async literal';
  }();
  print(n);

  var it = () sync* {
    yield 1;
    yield 2;
  }();
  print(it.toList());

  print((int x) {
    return x + 1;
  }(41));

  // The literal's own members can be selected, too.
  print(() {
    return 'x';
  }.runtimeType is Type);

  // An arrow function still takes everything after `=>` as its body.
  var add = (int a) => (int b) => a + b;
  print(add(1)(2));
}
