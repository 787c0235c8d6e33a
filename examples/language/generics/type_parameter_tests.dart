// Type parameters in `on T` clauses, variable patterns and cast patterns are tested against
// the type argument of the current call or instance, not erased to dynamic.
class Box<T> {
  bool catches(void Function() f) {
    try {
      f();
      return false;
    } on T {
      return true;
    }
  }

  String kind(Object? o) => switch (o) { T x => 'T $x', _ => 'other' };
}

String kindOf<T>(Object? o) => switch (o) { T x => '$T $x', _ => 'not $T' };

String ifCase<T>(Object? o) {
  if (o case T x) return '$T $x';
  return 'not $T';
}

String cast<T>(Object? o) {
  try {
    var [x as T] = [o];
    return 'cast $x';
  } on TypeError catch (e) {
    return '$e';
  }
}

T firstThrown<T extends Object>(void Function() body) {
  try {
    body();
  } on T catch (error) {
    return error;
  }
  throw StateError('nothing thrown');
}

void main() {
  print(Box<StateError>().catches(() => throw StateError('s')));
  print(Box<StateError>().catches(() {}));
  try {
    Box<StateError>().catches(() => throw 'a string');
  } catch (e) {
    print('escaped: $e');
  }
  print(Box<int>().kind(1));
  print(Box<int>().kind('a'));
  print(Box<Object>().kind('a'));
  print(kindOf<int>(1));
  print(kindOf<int>('a'));
  print(kindOf<num>(2.5));
  print(ifCase<String>(1));
  print(ifCase<String>('b'));
  print(cast<int>(3));
  print(cast<int>('three'));
  print(firstThrown<ArgumentError>(() => throw ArgumentError('bad')));
  try {
    firstThrown<StateError>(() => throw ArgumentError('bad'));
  } on ArgumentError catch (e) {
    print('passed through: $e');
  }
}
