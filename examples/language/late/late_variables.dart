// `late` locals, fields, statics and top-level variables: lazy initializers,
// LateInitializationError before a value exists, and `late final` assigned once.
late int topLevel;
late final String topLevelOnce;
late String topLevelLazy = describe('top-level');

String describe(String what) {
  print('initializing $what');
  return 'lazy $what';
}

class Config {
  static late final String mode;
  static late int counter;
  static late String derived = 'derived from $mode';
}

class Node {
  late int weight;
  late final String label;
  late int computed = expensive();

  int expensive() {
    print('computing');
    return 42;
  }
}

void attempt(String what, void Function() action) {
  try {
    action();
  } on Error catch (e) {
    print('$what: $e');
  }
}

void main() {
  // Locals.
  late int notYet;
  attempt('local read', () => print(notYet));
  late final String once;
  once = 'first';
  print(once);
  attempt('local second assignment', () => once = 'second');
  late var lazy = describe('local');
  print('before the first read');
  print(lazy);
  print(lazy);
  late int counter = 10;
  counter++;
  counter += 5;
  print(counter);
  late final List<int> filledLater;
  void fill() => filledLater = [1, 2];
  fill();
  late String captured = 'sees ${filledLater.length} elements';
  print([1, 2].map((_) => captured).toList());

  // Top-level variables.
  attempt('top-level read', () => print(topLevel));
  topLevel = 7;
  print(topLevel);
  topLevelOnce = 'set';
  attempt('top-level second assignment', () => topLevelOnce = 'again');
  print(topLevelOnce);
  print('before the top-level read');
  print(topLevelLazy);

  // Static fields.
  attempt('static read', () => print(Config.counter));
  Config.mode = 'fast';
  attempt('static second assignment', () => Config.mode = 'slow');
  print(Config.derived);

  // Instance fields.
  var node = Node();
  attempt('field read', () => print(node.weight));
  node.label = 'root';
  attempt('field second assignment', () => node.label = 'leaf');
  print(node.label);
  print('before the field read');
  print(node.computed);
  print(node.computed);
}
