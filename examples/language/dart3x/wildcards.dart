// Dart 3.7 wildcard variables: parameters, locals, catch and loop variables named `_`
// bind nothing, so several may share one scope.
int twoWildcards(int _, int _) => 2;

int optional(int x, [int _ = 0, int _ = 1]) => x;

class Handler {
  final String name;
  Handler(this.name);
  String handle(Object _, StackTrace _) => 'handled by $name';
}

void main() {
  var _ = 1;
  var _ = 'two';
  final _ = 3.0;
  int _ = 4;
  late final _ = throw 'never read';
  print(twoWildcards(1, 2));
  print(optional(5));
  print(optional(6, 7, 8));
  print(Handler('h').handle('e', StackTrace.empty));
  try {
    throw StateError('boom');
  } catch (_, _) {
    print('caught');
  }
  try {
    throw 42;
  } on int catch (_) {
    print('caught int');
  }
  var count = 0;
  for (var _ in [1, 2, 3]) {
    count++;
  }
  print(count);
  for (var _ = 0, i = 0; i < 2; i++) {
    count++;
  }
  print(count);
  var pairs = <String>[];
  {'a': 1, 'b': 2}.forEach((_, _) => pairs.add('pair'));
  print(pairs);
  print([1, 2, 3].map((_) => 0));
  int local(_, _, [_]) => 9;
  print(local(1, 2));
  var (_, second) = (1, 2);
  print(second);
}
