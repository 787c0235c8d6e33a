// Classes extending core error and exception classes: the superclass constructor's
// arguments give the core class's message, members and toString text.
class NotReady extends StateError {
  NotReady() : super('not ready');
}

class BadName extends ArgumentError {
  BadName(String message) : super(message);
}

class OddValue extends ArgumentError {
  OddValue(int v) : super.value(v, 'v', 'must be even');
}

class ParseFailure extends FormatException {
  ParseFailure(String source, int offset) : super('unexpected character', source, offset);
}

class EmptyFormat extends FormatException {}

class NoWay extends UnsupportedError {
  NoWay(super.message);
}

class Described extends StateError {
  final int code;
  Described(this.code) : super('code $code');

  @override
  String toString() => 'Described[${super.toString()}, $message]';
}

class Plain extends Error {}

class Deeper extends NotReady {
  Deeper();
}

void main() {
  var notReady = NotReady();
  print(notReady);
  print(notReady.message);
  print(notReady is StateError);
  print(BadName('bad name'));
  print(BadName('bad name').message);
  var odd = OddValue(3);
  print(odd);
  print('${odd.invalidValue} ${odd.name} ${odd.message}');
  print(ParseFailure('a+b', 1));
  print(ParseFailure('a+b', 1).offset);
  print(EmptyFormat());
  print(NoWay('not here'));
  print(Described(7));
  print(Plain());
  print(Deeper());
  try {
    throw Deeper();
  } on StateError catch (e) {
    print('caught ${e.runtimeType}: ${e.message}');
  }
  try {
    throw OddValue(5);
  } on ArgumentError catch (e) {
    print('caught $e');
  }
}
