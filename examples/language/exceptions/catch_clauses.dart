// try/catch with `on` clauses, clause order, catch (e, s), and throwing
// values that are not Exceptions (strings, ints, plain objects).

class Marker {
  final int id;
  Marker(this.id);
}

void fail(int kind) {
  if (kind == 0) throw FormatException('bad');
  if (kind == 1) throw Exception('m');
  if (kind == 2) throw StateError('x');
  if (kind == 3) throw 'a string';
  if (kind == 4) throw 42;
  if (kind == 5) throw Marker(7);
  print('no throw for $kind');
}

String classify(int kind) {
  try {
    fail(kind);
    return 'ok';
  } on FormatException catch (e) {
    return 'format: $e';
  } on Exception catch (e) {
    return 'exception: $e';
  } on String catch (e) {
    return 'string: $e';
  } on int catch (n) {
    return 'int: ${n + 1}';
  } on Marker catch (m) {
    return 'marker ${m.id}';
  } catch (e) {
    return 'other: $e';
  }
}

int parseOr(String text, int fallback) {
  try {
    return int.parse(text);
  } on FormatException {
    return fallback;
  }
}

void main() {
  for (var kind = 0; kind <= 6; kind++) {
    print(classify(kind));
  }

  try {
    throw ArgumentError('x');
  } catch (e, s) {
    print(e);
    print(e is ArgumentError);
    print(e is Error);
    print(e is Exception);
  }

  try {
    throw FormatException('first');
  } on Exception catch (e) {
    print('on Exception caught: $e');
    print(e is FormatException);
  }

  print(parseOr('12', 0));
  print(parseOr('abc', -1));

  try {
    int.parse('abc');
  } catch (e) {
    print(e is FormatException);
  }

  var result = 'unset';
  try {
    result = 'before';
    throw Marker(1);
  } catch (e) {
    result = '$result, caught ${(e as Marker).id}';
  }
  print(result);
}
