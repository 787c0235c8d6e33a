// A tiny test library in the style of package:test: test/group/setUp,
// expect with matchers, failures collected and summarised.
import 'dart:io';

class TestFailure implements Exception {
  final String message;
  TestFailure(this.message);
  @override
  String toString() => message;
}

abstract class Matcher {
  const Matcher();
  bool matches(Object? actual);
  String describe();
  String mismatch(Object? actual) => 'was ${_show(actual)}';
}

String _show(Object? v) => v is String ? "'$v'" : '$v';

class _Equals extends Matcher {
  final Object? expected;
  const _Equals(this.expected);
  @override
  bool matches(Object? actual) {
    final e = expected;
    if (e is List && actual is List) {
      if (e.length != actual.length) return false;
      for (var i = 0; i < e.length; i++) {
        if (!_Equals(e[i]).matches(actual[i])) return false;
      }
      return true;
    }
    if (e is Map && actual is Map) {
      return e.length == actual.length &&
          e.keys.every((k) => actual.containsKey(k) && _Equals(e[k]).matches(actual[k]));
    }
    return e == actual;
  }

  @override
  String describe() => _show(expected);
}

class _Predicate<T> extends Matcher {
  final bool Function(T) test;
  final String description;
  const _Predicate(this.test, this.description);
  @override
  bool matches(Object? actual) => actual is T && test(actual);
  @override
  String describe() => description;
}

class _Throws extends Matcher {
  final String typeName;
  final bool Function(Object) check;
  const _Throws(this.typeName, this.check);
  @override
  bool matches(Object? actual) {
    if (actual is! Function) return false;
    try {
      actual();
    } catch (e) {
      _lastThrown = e;
      return check(e);
    }
    _lastThrown = null;
    return false;
  }

  @override
  String describe() => 'throws $typeName';
  @override
  String mismatch(Object? actual) =>
      _lastThrown == null ? 'returned normally' : 'threw ${_lastThrown.runtimeType}: $_lastThrown';
}

Object? _lastThrown;

Matcher equals(Object? expected) => _Equals(expected);
final Matcher isTrue = _Predicate<bool>((b) => b, 'true');
final Matcher isNull = _Predicate<Object?>((v) => v == null, 'null');
final Matcher isEmpty = _Predicate<Object>((v) => (v as dynamic).isEmpty as bool, 'empty');
Matcher greaterThan(num n) => _Predicate<num>((v) => v > n, 'a value greater than $n');
Matcher closeTo(num value, num delta) =>
    _Predicate<num>((v) => (v - value).abs() <= delta, 'a numeric value within $delta of $value');
Matcher contains(Object? item) => _Predicate<Object>(
    (v) => v is String ? v.contains(item as Pattern) : (v as Iterable).contains(item), 'contains ${_show(item)}');
Matcher throwsA<T>() => _Throws('$T', (e) => e is T);
final Matcher throwsArgumentError = throwsA<ArgumentError>();
final Matcher throwsRangeError = throwsA<RangeError>();
final Matcher throwsStateError = throwsA<StateError>();
final Matcher throwsFormatException = throwsA<FormatException>();

void expect(Object? actual, Object? matcher, {String? reason}) {
  final m = matcher is Matcher ? matcher : equals(matcher);
  if (!m.matches(actual)) {
    final sb = StringBuffer()
      ..writeln('Expected: ${m.describe()}')
      ..write('  Actual: ${m.mismatch(actual)}');
    if (reason != null) sb.write('\n  Reason: $reason');
    throw TestFailure(sb.toString());
  }
}

class _Test {
  final String name;
  final void Function() body;
  final List<void Function()> setUps;
  _Test(this.name, this.body, this.setUps);
}

final _tests = <_Test>[];
final _groups = <String>[];
final _setUps = <List<void Function()>>[[]];

void group(String name, void Function() body) {
  _groups.add(name);
  _setUps.add([..._setUps.last]);
  try {
    body();
  } finally {
    _groups.removeLast();
    _setUps.removeLast();
  }
}

void setUp(void Function() f) => _setUps.last.add(f);

void test(String name, void Function() body) {
  final full = [..._groups, name].join(' ');
  _tests.add(_Test(full, body, List.of(_setUps.last)));
}

/// Runs every registered test; returns the number of failures.
int runTests() {
  var passed = 0, failed = 0, errors = 0;
  final sw = Stopwatch()..start();
  for (final (i, t) in _tests.indexed) {
    try {
      for (final s in t.setUps) {
        s();
      }
      t.body();
      passed++;
      print('${(i + 1).toString().padLeft(2)} ok    ${t.name}');
    } on TestFailure catch (f) {
      failed++;
      print('${(i + 1).toString().padLeft(2)} FAIL  ${t.name}');
      print(f.message.split('\n').map((l) => '        $l').join('\n'));
    } catch (e, st) {
      errors++;
      final top = st.toString().split('\n').first;
      print('${(i + 1).toString().padLeft(2)} ERROR ${t.name}: $e (${top.isEmpty ? 'no trace' : 'has trace'})');
    }
  }
  sw.stop();
  final total = _tests.length;
  print('$passed/$total passed, $failed failed, $errors errors'
      '${sw.elapsed >= Duration.zero ? '' : ' (clock went backwards)'}');
  if (failed + errors > 0) exitCode = 1;
  return failed + errors;
}
