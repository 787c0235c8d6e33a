// Error.stackTrace: where an Error was first thrown (null for one never thrown).
class MyError extends Error {}

/// The first frame, without the directory of the file.
String top(StackTrace? s) => s.toString().split('\n').first.replaceAll(RegExp(r'\(.*/'), '(');

void thrower() => throw StateError('x');

Future<void> main() async {
  try {
    thrower();
  } on Error catch (e) {
    print(top(e.stackTrace));
  }
  try {
    throw MyError();
  } on Error catch (e) {
    print(top(e.stackTrace));
  }
  print(StateError('never thrown').stackTrace);
  try {
    [].first;
  } on StateError catch (e, s) {
    print(e.stackTrace.toString() == s.toString());
  }
  await Future<void>.error(ArgumentError('async')).catchError((Object e) {
    print((e as Error).stackTrace != null);
  });
}
