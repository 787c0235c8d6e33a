// Errors raised by the runtime and by core library constructors, caught and
// inspected; exceptions escaping closures called by List.forEach.

int depth(int n) => depth(n + 1) + 1;

int checkedHalf(int n) => n % 2 == 0 ? n ~/ 2 : throw ArgumentError('odd');

void main() {
  var list = [10, 20, 30];
  try {
    print(list[5]);
  } catch (e) {
    print(e);
    print(e is RangeError);
    print(e is Error);
    print(e is Exception);
  }

  try {
    list[3] = 1;
  } on RangeError {
    print('range error on assignment');
  }

  var zero = 0;
  try {
    print(1 ~/ zero);
  } catch (e) {
    print(e);
  }

  dynamic nothing = null;
  try {
    nothing.foo();
  } catch (e) {
    print(e is NoSuchMethodError);
  }

  var errors = [
    StateError('x'),
    ArgumentError('x'),
    FormatException('bad'),
    Exception('m'),
    UnsupportedError('not here'),
    UnimplementedError('later'),
    UnimplementedError(),
    Exception(),
    FormatException(),
  ];
  for (var err in errors) {
    print(err);
  }
  print(UnimplementedError() is UnsupportedError);

  try {
    [1, 2, 3, 4].forEach((n) {
      print('visiting $n');
      if (n == 3) throw StateError('stop at $n');
    });
  } on StateError catch (e) {
    print('caught outside: $e');
  }

  print(checkedHalf(8));
  try {
    print(checkedHalf(7));
  } on ArgumentError catch (e) {
    print(e);
  }

  try {
    print(depth(0));
  } on StackOverflowError {
    print('stack overflow caught');
  }
  print('still running');
}
