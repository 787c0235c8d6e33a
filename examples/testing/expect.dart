/// Assertion helpers for DartJ's golden test programs (test code only; not part of the
/// runtime). Modelled on the Dart SDK's own `Expect` class: each check throws an
/// [ExpectException] naming what was expected and what was found, so a failing golden
/// program ends with `Unhandled exception:` and the failed check.
library;

/// A failed check.
class ExpectException implements Exception {
  final String message;
  ExpectException(this.message);
  @override
  String toString() => 'ExpectException: $message';
}

/// Static checks; every one takes an optional [reason] shown in the failure text.
abstract final class Expect {
  static String _why(String reason) => reason.isEmpty ? '' : ' ($reason)';

  static Never _fail(String message) => throw ExpectException(message);

  static void equals(Object? expected, Object? actual, [String reason = '']) {
    if (expected == actual) return;
    _fail('Expect.equals(expected: <$expected>, actual: <$actual>)${_why(reason)} fails.');
  }

  static void notEquals(Object? unexpected, Object? actual, [String reason = '']) {
    if (unexpected != actual) return;
    _fail('Expect.notEquals(unexpected: <$unexpected>, actual: <$actual>)${_why(reason)} fails.');
  }

  static void isTrue(Object? actual, [String reason = '']) {
    if (_coreIdentical(actual, true)) return;
    _fail('Expect.isTrue($actual)${_why(reason)} fails.');
  }

  static void isFalse(Object? actual, [String reason = '']) {
    if (_coreIdentical(actual, false)) return;
    _fail('Expect.isFalse($actual)${_why(reason)} fails.');
  }

  static void isNull(Object? actual, [String reason = '']) {
    if (actual == null) return;
    _fail('Expect.isNull(actual: <$actual>)${_why(reason)} fails.');
  }

  static void isNotNull(Object? actual, [String reason = '']) {
    if (actual != null) return;
    _fail('Expect.isNotNull(actual: <null>)${_why(reason)} fails.');
  }

  static void identical(Object? expected, Object? actual, [String reason = '']) {
    if (_coreIdentical(expected, actual)) return;
    _fail('Expect.identical(expected: <$expected>, actual: <$actual>)${_why(reason)} fails.');
  }

  static void notIdentical(Object? unexpected, Object? actual, [String reason = '']) {
    if (!_coreIdentical(unexpected, actual)) return;
    _fail('Expect.notIdentical(<$actual>)${_why(reason)} fails.');
  }

  /// [actual] has run-time type [T] (`is T`).
  static void type<T>(Object? actual, [String reason = '']) {
    if (actual is T) return;
    _fail('Expect.type($actual is $T)${_why(reason)} fails: it is a ${actual.runtimeType}.');
  }

  /// [actual] does not have run-time type [T].
  static void notType<T>(Object? actual, [String reason = '']) {
    if (actual is! T) return;
    _fail('Expect.notType($actual is! $T)${_why(reason)} fails.');
  }

  /// |expected - actual| <= tolerance (default: a 10,000th of expected).
  static void approxEquals(num expected, num actual, [num? tolerance, String reason = '']) {
    var limit = tolerance ?? (expected / 1e4).abs();
    if ((expected - actual).abs() <= limit) return;
    _fail('Expect.approxEquals(expected: <$expected>, actual: <$actual>, '
        'tolerance: <$limit>)${_why(reason)} fails.');
  }

  /// Same length and equal elements in order; names the first differing index.
  static void listEquals(List<Object?> expected, List<Object?> actual, [String reason = '']) {
    var n = expected.length < actual.length ? expected.length : actual.length;
    for (var i = 0; i < n; i++) {
      if (expected[i] != actual[i]) {
        _fail('Expect.listEquals(at index $i, expected: <${expected[i]}>, '
            'actual: <${actual[i]}>)${_why(reason)} fails.');
      }
    }
    if (expected.length != actual.length) {
      _fail('Expect.listEquals(list length, expected: <${expected.length}>, '
          'actual: <${actual.length}>)${_why(reason)} fails: $expected != $actual.');
    }
  }

  /// Same keys, each mapped to an equal value.
  static void mapEquals(Map<Object?, Object?> expected, Map<Object?, Object?> actual,
      [String reason = '']) {
    for (var key in expected.keys) {
      if (!actual.containsKey(key)) {
        _fail('Expect.mapEquals(missing expected key: <$key>)${_why(reason)} fails.');
      }
      Expect.equals(expected[key], actual[key], 'value of key <$key>');
    }
    for (var key in actual.keys) {
      if (!expected.containsKey(key)) {
        _fail('Expect.mapEquals(unexpected key: <$key>)${_why(reason)} fails.');
      }
    }
  }

  /// Same elements, in any order.
  static void setEquals(Iterable<Object?> expected, Iterable<Object?> actual,
      [String reason = '']) {
    var missing = expected.toSet().difference(actual.toSet());
    var extra = actual.toSet().difference(expected.toSet());
    if (missing.isEmpty && extra.isEmpty) return;
    _fail('Expect.setEquals${_why(reason)} fails: missing $missing, unexpected $extra.');
  }

  /// Lists, maps and sets compared element by element, recursively; others with `==`.
  static void deepEquals(Object? expected, Object? actual, [String reason = '']) {
    var difference = _deepDifference(expected, actual, 'value');
    if (difference == null) return;
    _fail('Expect.deepEquals${_why(reason)} fails: $difference.');
  }

  static String? _deepDifference(Object? expected, Object? actual, String path) {
    switch ((expected, actual)) {
      case (List e, List a):
        if (e.length != a.length) return '$path has length ${a.length}, expected ${e.length}';
        for (var i = 0; i < e.length; i++) {
          var d = _deepDifference(e[i], a[i], '$path[$i]');
          if (d != null) return d;
        }
        return null;
      case (Map e, Map a):
        if (e.length != a.length) return '$path has ${a.length} entries, expected ${e.length}';
        for (var key in e.keys) {
          if (!a.containsKey(key)) return '$path lacks key $key';
          var d = _deepDifference(e[key], a[key], '$path[$key]');
          if (d != null) return d;
        }
        return null;
      case (Set e, Set a):
        if (e.length != a.length || !e.containsAll(a)) return '$path is $a, expected $e';
        return null;
      case (var e, var a) when e == a:
        return null;
      case (var e, var a):
        return '$path is <$a>, expected <$e>';
    }
  }

  /// [actual] contains [needle].
  static void contains(String needle, String actual, [String reason = '']) {
    if (actual.contains(needle)) return;
    _fail("Expect.contains('$needle' in '$actual')${_why(reason)} fails.");
  }

  /// Calling [body] throws a [T]; [check], if given, must accept the thrown object.
  /// Returns what was thrown, for further checks.
  static T throws<T extends Object>(void Function() body,
      [bool Function(T error)? check, String reason = '']) {
    try {
      body();
    } on T catch (error) {
      if (check != null && !check(error)) {
        _fail('Expect.throws<$T>${_why(reason)} fails: '
            'the check rejected the thrown ${error.runtimeType}: $error');
      }
      return error;
    } catch (other) {
      _fail('Expect.throws<$T>${_why(reason)} fails: '
          'threw ${other.runtimeType} instead: $other');
    }
    _fail('Expect.throws<$T>${_why(reason)} fails: nothing was thrown.');
  }

  /// The future [body] returns completes with an error of type [T]; returns the error.
  static Future<T> throwsAsync<T extends Object>(Future<Object?> Function() body,
      [String reason = '']) async {
    try {
      await body();
    } on T catch (error) {
      return error;
    } catch (other) {
      _fail('Expect.throwsAsync<$T>${_why(reason)} fails: '
          'threw ${other.runtimeType} instead: $other');
    }
    _fail('Expect.throwsAsync<$T>${_why(reason)} fails: nothing was thrown.');
  }

  static ArgumentError throwsArgumentError(void Function() body, [String reason = '']) =>
      throws<ArgumentError>(body, null, reason);
  static RangeError throwsRangeError(void Function() body, [String reason = '']) =>
      throws<RangeError>(body, null, reason);
  static StateError throwsStateError(void Function() body, [String reason = '']) =>
      throws<StateError>(body, null, reason);
  static TypeError throwsTypeError(void Function() body, [String reason = '']) =>
      throws<TypeError>(body, null, reason);
  static FormatException throwsFormatException(void Function() body, [String reason = '']) =>
      throws<FormatException>(body, null, reason);
  static UnsupportedError throwsUnsupportedError(void Function() body, [String reason = '']) =>
      throws<UnsupportedError>(body, null, reason);

  /// Always fails.
  static Never fail(String message) => _fail('Expect.fail(\'$message\')');
}

/// `identical` from dart:core: [Expect.identical] shadows the name inside the class.
bool _coreIdentical(Object? a, Object? b) => identical(a, b);
