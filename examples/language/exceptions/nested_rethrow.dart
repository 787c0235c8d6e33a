// Nested try statements, rethrow preserving the exception object, and a
// new exception thrown from a catch clause while a finally still runs.

void inner() {
  try {
    throw StateError('deep');
  } catch (e) {
    print('inner caught: $e');
    rethrow;
  } finally {
    print('inner finally');
  }
}

void main() {
  Object? first;
  try {
    try {
      throw FormatException('kept');
    } catch (e) {
      first = e;
      rethrow;
    }
  } catch (e) {
    print('rethrown: $e');
    print(identical(e, first));
  }

  try {
    inner();
  } on StateError catch (e) {
    print('main caught: $e');
  } finally {
    print('main finally');
  }

  try {
    try {
      throw 'first problem';
    } catch (e) {
      print('handling $e');
      throw 'second problem';
    } finally {
      print('cleanup');
    }
  } catch (e) {
    print('outer got $e');
  }

  var attempts = 0;
  for (var round = 1; round <= 3; round++) {
    try {
      try {
        attempts++;
        if (round != 2) throw round;
        print('round $round succeeded');
      } on String {
        print('never a string');
      }
    } on int catch (n) {
      print('round $n failed');
    }
  }
  print('attempts $attempts');
}
