// Top-level variables: mutable, final and const; non-constant initializers
// run lazily on first read (and never, if the variable is written first).

var log = <String>[];

int initValue(String name, int v) {
  log.add('init $name');
  return v;
}

var a = initValue('a', 1);
final b = initValue('b', 2);
var c = initValue('c', 3);
int counter = 0;
const greeting = 'hi';
const limit = 2 * 21;

void bump([int by = 1]) {
  counter += by;
}

int next() => ++counter;

void main() {
  print(log);
  print(b);
  print(log);
  print(a);
  print(log);
  a = 10;
  print(a + b);
  c = 30;
  print(c);
  print(log);
  bump();
  bump(5);
  print(counter);
  print(next());
  print(next());
  print(counter);
  print('$greeting $limit');
}
