// A core method called dynamically with an argument of the wrong type throws
// the VM's TypeError naming the parameter of the VM's implementation.
void main() {
  dynamic s = 'abc';
  check(() => s.padLeft('x'));
  check(() => s.padLeft(5, 1));
  check(() => s.padRight(1.5));
  check(() => s.contains(1));
  check(() => s.contains('x', 'y'));
  check(() => s.substring('1'));
  check(() => s.substring(0, 'x'));
  check(() => s.startsWith(1));
  check(() => s.indexOf('a', 'b'));
  check(() => s.codeUnitAt('0'));
  check(() => s.replaceAll(1, 'x'));
  check(() => s.replaceAll('a', 1));
  check(() => s.split(1));
  dynamic list = <int>[1];
  check(() => list.add('a'));
  check(() => list.sublist('a'));
  check(() => list['a']);
  dynamic n = 5;
  check(() => n.compareTo('a'));
  check(() => n.clamp('a', 1));
  check(() => n.clamp(1, 'b'));
  check(() => n.toRadixString('a'));
  print(s.padLeft(5, '*'));
  print(s.contains('b', 1));
}

void check(Object? Function() f) {
  try {
    f();
    print('no error');
  } on TypeError catch (e) {
    print('${e.runtimeType}: $e');
  }
}
