// Function literals passed to user-defined functions, methods and constructors take their
// parameter types (and result type) from the parameter's function type.
typedef IntOp = int Function(int);

void apply(int Function(int) f) {
  print(f.runtimeType);
  print(f);
  print(f(20));
}

void applyOp(IntOp op) {
  print(op.runtimeType);
  print(op(4));
}

void describe(int n, {required String Function(int) format}) {
  print(format.runtimeType);
  print(format(n));
}

void onEach(List<String> items, void Function(String, int) action) {
  print(action.runtimeType);
  for (var i = 0; i < items.length; i++) {
    action(items[i], i);
  }
}

T run<T>(T Function() compute) {
  print(compute.runtimeType);
  return compute();
}

class Box<T> {
  final T value;
  Box(this.value);
  R map<R>(R Function(T) f) => f(value);
  Box<R> then<R>(R Function(T) f) => Box(f(value));
  void visit(void Function(T) visitor) {
    print(visitor.runtimeType);
    visitor(value);
  }
}

class Calculator {
  final String name;
  final int Function(int, int) op;
  Calculator(this.name, this.op);
  int apply(int a, int b) => op(a, b);
}

class Pipeline {
  final List<int Function(int)> steps = [];
  void add(int Function(int) step) => steps.add(step);
  int run(int x) {
    for (var s in steps) {
      x = s(x);
    }
    return x;
  }
}

void main() {
  apply((x) => x + 1);
  applyOp((x) => x * 2);
  describe(7, format: (n) => 'n=$n');
  onEach(['a', 'b'], (s, i) => print('$i:$s'));

  var answer = run(() => 42);
  print(answer.runtimeType);
  print([answer].runtimeType);
  var words = run(() => ['x', 'y']);
  print(words.runtimeType);

  var box = Box(3);
  var text = box.map((v) => 'v$v');
  print([text].runtimeType);
  var halves = box.then((v) => v / 2);
  print(halves.runtimeType);
  print(halves.value);
  box.visit((v) => print(v + 1));

  var add = Calculator('add', (a, b) => a + b);
  print(add.op.runtimeType);
  print(add.apply(2, 3));

  var p = Pipeline();
  p.add((x) => x * 10);
  p.add((x) => x - 1);
  print(p.steps.first.runtimeType);
  print(p.run(5));

  // The context types a block-bodied literal too.
  apply((x) {
    var doubled = [x, x];
    print(doubled.runtimeType);
    return x * 2;
  });
}
