// The run-time classes of errors the VM creates: failed casts and null checks throw a
// _TypeError, Exception(...) is an _Exception; public error classes keep their names.
void show(String what, Object? Function() f) {
  try {
    f();
  } catch (e) {
    print('$what: ${e.runtimeType} TypeError=${e is TypeError} Error=${e is Error} Exception=${e is Exception}');
  }
}

void main() {
  Object? nothing;
  Object text = 'x';
  show('null check', () => nothing!);
  show('cast', () => text as int);
  show('Exception()', () => throw Exception('boom'));
  show('user TypeError', () => throw TypeError());
  show('RangeError', () => [1][3]);
  show('StateError', () => <int>[].first);
  show('FormatException', () => int.parse('x'));
  show('ArgumentError', () => throw ArgumentError('a'));
  try {
    throw Exception('wrapped');
  } on Exception catch (e) {
    print('$e ${(e as dynamic).message}');
  }
  print(Exception().toString());
}
