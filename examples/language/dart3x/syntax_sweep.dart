// A sweep of Dart syntax forms: escapes, raw and adjacent strings, compound operators,
// operator symbols, generic function types, metadata with arguments, late fields.
library sweep;

import 'dart:math' as math show max;

@pragma('vm:prefer-inline')
const int answer = 42;

class Meta {
  final String note;
  const Meta(this.note);
}

typedef IntOp = int Function(int a, {int scale});
typedef Generic = T Function<T>(T value);

abstract class Animal {
  void feed(covariant Object food);
}

class Dog extends Animal {
  @override
  void feed(covariant String food) => print('dog eats $food');
}

class Lazy {
  late final int computed = _compute();
  static int calls = 0;
  int _compute() {
    calls++;
    return 7;
  }
}

class Holder {
  void Function({int x})? callback;
  T Function<T>(T) identity = <T>(T v) => v;
}

@Meta('enum')
enum Level { @Meta('low') low, high }

int scaled(int a, {int scale = 1}) => a * scale;

T same<T>(T value) => value;

void main(@Meta('args') List<String> args) {
  print('\u{1F600} \x41 \$ \u0042');
  print(r'raw \n $x' 'adjacent' "double");
  print('''multi
line''');
  print(r"""raw
multi $x""");
  var v = -1;
  v >>>= 60;
  print(v);
  var q = 17;
  q ~/= 5;
  print(q);
  int? maybe;
  maybe ??= 3;
  print(maybe);
  var list = <int?>[1, null];
  print(list[0]! + 1);
  print(#+);
  print(#foo.bar);
  print(#[]=);
  IntOp op = scaled;
  print(op(3, scale: 4));
  Generic g = same;
  print(g<String>('generic'));
  var h = Holder();
  h.callback = ({int x = 0}) => print('callback $x');
  h.callback!(x: 5);
  print(h.identity<int>(9));
  var lazy = Lazy();
  print(Lazy.calls);
  print(lazy.computed + lazy.computed);
  print(Lazy.calls);
  Dog().feed('bone');
  print(math.max(answer, 1));
  var data = [1, 'two', 3, null];
  print([
    for (var d in data)
      if (d case int n when n > 1) n * 10 else if (d case String s) s.length,
  ]);
  print(Level.low.name);
  print(0x10 + 0XfF);
  print(1e3);
  print(.25);
  label:
  for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      if (j == 1) continue label;
      if (i == 2) break label;
      print('$i$j');
    }
  }
  var sb = StringBuffer()
    ..write('a')
    ..write('b');
  print(sb);
  print(switch (q) { 3 => 'three', _ => 'other' });
  final (a, b) = (1, 2);
  print(a + b);
  assert(a < b, 'ordered');
  print(!true ? 'no' : 'yes');
  print(~5);
  print(-(-3));
  print(5 is! String);
  print(identical(const [1], const [1]));
}
