// The Expect helper library checks what it should: every check passes on good input and
// fails with its message on bad input.
import 'expect.dart';

int passed = 0;

void fails(String name, void Function() check) {
  try {
    check();
    print('$name: did not fail');
  } on ExpectException catch (e) {
    print('$name: $e');
  }
}

void main() {
  Expect.equals(3, 1 + 2);
  Expect.notEquals(3, 4);
  Expect.isTrue(1 < 2);
  Expect.isFalse(1 > 2);
  Expect.isNull(null);
  Expect.isNotNull(0);
  const a = [1, 2];
  Expect.identical(a, const [1, 2]);
  Expect.notIdentical([1], [1]);
  Expect.type<num>(1);
  Expect.notType<String>(1);
  Expect.approxEquals(0.3, 0.1 + 0.2);
  Expect.listEquals([1, 2, 3], [1, 2, 3]);
  Expect.mapEquals({'a': 1}, {'a': 1});
  Expect.setEquals({1, 2}, [2, 1]);
  Expect.deepEquals({'k': [1, {2}]}, {'k': [1, {2}]});
  Expect.contains('ell', 'hello');
  var e = Expect.throwsRangeError(() => [1][2]);
  print('caught ${e.runtimeType}: ${e.message}');
  Expect.throws<FormatException>(() => int.parse('x'), (e) => e.source == 'x');
  Expect.throwsStateError(() => <int>[].first);
  Expect.throwsTypeError(() => (1 as dynamic) as String);
  Expect.throwsUnsupportedError(() => const [1].add(2));
  Expect.throwsArgumentError(() => List.filled(-1, 0));
  print('all passing checks passed');

  fails('equals', () => Expect.equals(3, 4, 'sum'));
  fails('notEquals', () => Expect.notEquals('a', 'a'));
  fails('isTrue', () => Expect.isTrue(null));
  fails('isFalse', () => Expect.isFalse(true));
  fails('isNull', () => Expect.isNull([]));
  fails('isNotNull', () => Expect.isNotNull(null));
  fails('identical', () => Expect.identical([1], [1]));
  fails('notIdentical', () => Expect.notIdentical(a, a));
  fails('type', () => Expect.type<int>(1.5));
  fails('notType', () => Expect.notType<Object>(1));
  fails('approxEquals', () => Expect.approxEquals(1, 1.5, 0.25));
  fails('listEquals', () => Expect.listEquals([1, 2], [1, 3]));
  fails('listEquals length', () => Expect.listEquals([1, 2], [1, 2, 3]));
  fails('mapEquals', () => Expect.mapEquals({'a': 1}, {'a': 2}));
  fails('mapEquals key', () => Expect.mapEquals({'a': 1}, {'a': 1, 'b': 2}));
  fails('setEquals', () => Expect.setEquals({1, 2}, {2, 3}));
  fails('deepEquals', () => Expect.deepEquals({'k': [1, 2]}, {'k': [1, 3]}));
  fails('contains', () => Expect.contains('x', 'hello'));
  fails('throws nothing', () => Expect.throws<StateError>(() {}));
  fails('throws other', () => Expect.throwsStateError(() => throw ArgumentError('bad')));
  fails('throws check', () => Expect.throws<RangeError>(() => [][0], (e) => e.start == 1));
  fails('fail', () => Expect.fail('never'));
}
