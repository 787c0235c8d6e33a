// Closures: capturing and mutating outer locals, counters, fresh loop
// variables per iteration, higher-order functions, optional/named parameters.

int Function() makeCounter({int start = 0, int step = 1}) {
  var count = start;
  return () {
    count += step;
    return count;
  };
}

int Function(int) makeAdder(int n) => (int x) => x + n;

int twice(int Function(int) f, int x) => f(f(x));

void applyAll(List<int> values, void Function(int) action) {
  for (var v in values) {
    action(v);
  }
}

void printSquare(int n) {
  print('square of $n is ${n * n}');
}

String greet(String name, [String greeting = 'Hello', String punct = '!']) =>
    '$greeting, $name$punct';

String describe(String item, {int count = 1, String unit = 'piece'}) =>
    '$count $unit of $item';

String label(int n, [int? width]) => width == null ? 'n=$n' : 'n=$n/w=$width';

void main() {
  // Mutation of a captured local through a closure.
  var total = 0;
  final addToTotal = (int n) {
    total += n;
  };
  addToTotal(5);
  addToTotal(7);
  print('total after closure calls: $total');
  total = 100;
  addToTotal(1);
  print('total after outer reset: $total');

  // Closures sharing one variable see each other's writes.
  var message = 'start';
  final setMessage = (String m) {
    message = m;
  };
  final getMessage = () => message;
  setMessage('changed by closure');
  print(message);
  message = 'changed by outer code';
  print(getMessage());

  // Independent counters.
  final c1 = makeCounter();
  final c2 = makeCounter(start: 10, step: 5);
  final c3 = makeCounter(step: -2);
  print(c1());
  print(c1());
  print(c2());
  print(c1());
  print(c2());
  print(c3());
  print(c3());

  // A `for (var i ...)` loop gives each iteration its own `i`.
  var fns = [];
  for (var i = 0; i < 3; i++) {
    fns.add(() => i * 10);
  }
  for (var f in fns) {
    print(f());
  }

  // A variable declared outside the loop is shared by all closures.
  var j = 0;
  var shared = [];
  while (j < 3) {
    shared.add(() => j);
    j++;
  }
  for (var f in shared) {
    print(f());
  }

  // for-in also gets a fresh variable per iteration.
  var words = [];
  for (var w in ['red', 'green', 'blue']) {
    words.add(() => w.toUpperCase());
  }
  print('${words[0]()} ${words[1]()} ${words[2]()}');

  // Per-iteration state captured together with the loop variable.
  var adders = [];
  for (var i = 1; i <= 3; i++) {
    var acc = 0;
    adders.add(() {
      acc += i;
      return acc;
    });
  }
  print(adders[0]());
  print(adders[0]());
  print(adders[2]());
  print(adders[2]());
  print(adders[1]());
  print(adders[0]());

  // Returning closures and passing functions as arguments.
  final add3 = makeAdder(3);
  print(add3(4));
  print(twice(add3, 10));
  print(twice((x) => x * x, 3));
  print(twice(makeAdder(-1), 0));
  applyAll([1, 2, 3], printSquare);
  var sum = 0;
  applyAll([10, 20, 30], (v) {
    sum += v;
  });
  print('sum via callback: $sum');

  // Immediately invoked function expressions.
  print((() => 42)());
  print(((int a, int b) => a * b)(6, 7));

  // Optional positional parameters with defaults.
  print(greet('Ann'));
  print(greet('Bob', 'Hi'));
  print(greet('Cy', 'Hey', '?'));

  // Named parameters with defaults, in any order.
  print(describe('cake'));
  print(describe('pie', count: 3));
  print(describe('tea', unit: 'cup', count: 2));

  // Nullable optional parameter without a default.
  print(label(5));
  print(label(5, 8));
}
