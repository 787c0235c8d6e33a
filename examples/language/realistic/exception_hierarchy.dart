// Exception hierarchies, rethrow, finally ordering and stack traces.

abstract class AppException implements Exception {
  final String message;
  final Object? cause;
  const AppException(this.message, [this.cause]);
  String get kind;
  @override
  String toString() => cause == null ? '$kind: $message' : '$kind: $message (caused by $cause)';
}

class NetworkException extends AppException {
  final int? statusCode;
  const NetworkException(String message, {this.statusCode, Object? cause}) : super(message, cause);
  @override
  String get kind => 'NetworkException${statusCode == null ? '' : '[$statusCode]'}';
}

class ParseException extends AppException {
  final int offset;
  const ParseException(super.message, this.offset);
  @override
  String get kind => 'ParseException@$offset';
}

class RetryExhausted extends Error {
  final int attempts;
  RetryExhausted(this.attempts);
  @override
  String toString() => 'RetryExhausted after $attempts attempts';
}

final trace = <String>[];

int parsePort(String text) {
  try {
    trace.add('parse $text');
    final value = int.parse(text);
    if (value < 1 || value > 65535) {
      throw RangeError.range(value, 1, 65535, 'port');
    }
    return value;
  } on FormatException catch (e) {
    throw ParseException(e.message, e.offset ?? -1);
  } finally {
    trace.add('parsed $text');
  }
}

String fetch(String url, int attempt) {
  if (url.startsWith('bad')) {
    throw NetworkException('unreachable $url', statusCode: 503 - attempt);
  }
  if (url.isEmpty) throw const NetworkException('empty url');
  return 'body of $url';
}

String fetchWithRetry(String url, {int maxAttempts = 3}) {
  var attempt = 0;
  while (true) {
    attempt++;
    try {
      return fetch(url, attempt);
    } on NetworkException catch (e) {
      trace.add('attempt $attempt: $e');
      if (attempt >= maxAttempts) {
        throw RetryExhausted(attempt);
      }
    } finally {
      trace.add('finally $attempt');
    }
  }
}

int finallyOverrides() {
  try {
    return 1;
  } finally {
    trace.add('finally runs before return');
  }
}

String classify(Object e) => switch (e) {
      NetworkException(statusCode: var s?) when s >= 500 => 'server error $s',
      NetworkException() => 'network',
      AppException(:var message) => 'app: $message',
      RangeError(:var start, :var end) => 'range $start..$end',
      ArgumentError() => 'argument',
      Error() => 'error ${e.runtimeType}',
      _ => 'other',
    };

void level3() => throw StateError('deep failure');
void level2() => level3();
void level1() {
  try {
    level2();
  } catch (e) {
    trace.add('level1 saw $e');
    rethrow;
  }
}

void main() {
  for (final text in ['8080', 'http', '70000', '-1', '']) {
    try {
      print('port ${parsePort(text)}');
    } on ParseException catch (e) {
      print(e);
    } on RangeError catch (e) {
      print(e.message);
      print(e);
    }
  }
  print(trace.join(' | '));
  trace.clear();

  print(fetchWithRetry('ok.example'));
  try {
    fetchWithRetry('bad.example', maxAttempts: 2);
  } on RetryExhausted catch (e, st) {
    print(e);
    print(st is StackTrace);
  }
  print(trace);
  trace.clear();

  print(finallyOverrides());
  print(trace);
  trace.clear();

  try {
    level1();
  } on StateError catch (e, st) {
    print(e.message);
    final frames = st.toString().split('\n').where((l) => l.isNotEmpty).toList();
    print(frames.first.contains('level3'));
    print(frames.any((f) => f.contains('level1')));
  }
  print(trace);

  final errors = <Object>[
    const NetworkException('timeout', statusCode: 504),
    const NetworkException('reset', cause: 'peer'),
    const ParseException('unexpected', 3),
    RangeError.range(5, 0, 3),
    ArgumentError.notNull('name'),
    StateError('closed'),
    'plain string',
  ];
  for (final e in errors) {
    print('${classify(e)} <- $e');
  }

  try {
    try {
      throw const ParseException('inner', 0);
    } finally {
      print('inner finally');
    }
  } catch (e) {
    print('outer caught ${e.runtimeType}');
  }

  Object? caught;
  try {
    Error.throwWithStackTrace(const NetworkException('replayed'), StackTrace.fromString('#0 fake frame'));
  } catch (e, st) {
    caught = e;
    print('$e / $st');
  }
  print(caught is AppException);
  try {
    null as String;
  } on TypeError catch (e) {
    print(e.runtimeType == TypeError ? 'exact' : 'subtype');
  }
  try {
    [1, 2, 3][5];
  } on IndexError catch (e) {
    print('${e.invalidValue} of ${e.length}');
    print(e);
  }
  try {
    throw UnsupportedError('nope');
  } on Exception {
    print('not reached');
  } on Error catch (e) {
    print('error branch: $e');
  }
}
