int add(int a, int b, {int c = 0, int d = 0}) => a + b + c * 10 + d * 100;

String greet([String who = 'world']) => 'hello $who';

class Counter {
  int n = 0;
  int bump(int by, {int times = 1}) => n += by * times;
  static String twice(String s) => '$s$s';
}

void main() {
  print(Function.apply(add, [1, 2]));
  print(Function.apply(add, [1, 2], {#c: 3}));
  print(Function.apply(add, [1, 2], {#d: 4, #c: 5}));
  print(Function.apply(greet, []));
  print(Function.apply(greet, null));
  print(Function.apply(greet, ['dart']));
  var c = Counter();
  var bump = c.bump;
  print(Function.apply(bump, [2], {#times: 3}));
  print(Function.apply(bump, [1]));
  print(c.n);
  print(Function.apply(Counter.twice, ['ab']));
  print(Function.apply((x, y) => '$x|$y', ['p', 'q']));
  print(Function.apply(({required String name}) => name.toUpperCase(), [], {#name: 'n'}));
  print(Function.apply((List<int> xs) => xs.length, [[1, 2, 3]]));
  var varargs = [1, 2];
  print(Function.apply(add, varargs.map((x) => x * 10)));
  try {
    Function.apply(add, [1]);
  } on NoSuchMethodError {
    print('too few arguments: NoSuchMethodError');
  }
  try {
    Function.apply(add, [1, 2], {#e: 1});
  } on NoSuchMethodError {
    print('unknown named argument: NoSuchMethodError');
  }
  print(Comparable.compare(1, 2));
  print(Comparable.compare('b', 'a'));
  print(Comparable.compare(2.5, 2.5));
  print(int == int);
  print(int == double);
  print(String == String);
  print(1.runtimeType == int);
  print('s'.runtimeType == String);
}
