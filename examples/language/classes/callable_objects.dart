class Multiplier {
  final int factor;
  Multiplier(this.factor);
  int call(int x) => x * factor;
}

class Greeter {
  String call(String name, {String greeting = 'Hello'}) => '$greeting, $name!';
}

class Recorder {
  final calls = <String>[];
  @override
  dynamic noSuchMethod(Invocation invocation) {
    calls.add('${invocation.memberName} ${invocation.positionalArguments}');
    return calls.length;
  }
}

int apply(int Function(int) f, int value) => f(value);

void main() {
  final triple = Multiplier(3);
  print(triple(7));
  var double = Multiplier(2);
  print(double(21));
  dynamic d = Multiplier(4);
  print(d(5));
  final greet = Greeter();
  print(greet('Ann'));
  print(greet('Bob', greeting: 'Hi'));
  print([1, 2, 3].map(triple).toList());
  print(apply(triple, 5));
  int Function(int) f = triple;
  print(f(10));
  print(f is Multiplier);
  Function g = Multiplier(5);
  print(g(2));
  print(g is Multiplier);
  dynamic r = Recorder();
  print(r(1, 2));
  print(r.calls);
}
