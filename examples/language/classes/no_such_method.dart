// A class's noSuchMethod receives an Invocation for missing methods, getters and setters;
// without one, a missing member is a NoSuchMethodError.
class Recorder {
  final log = <String>[];

  @override
  dynamic noSuchMethod(Invocation i) {
    if (i.isGetter) {
      log.add('get ${i.memberName}');
      return 42;
    }
    if (i.isSetter) {
      log.add('set ${i.memberName} ${i.positionalArguments}');
      return null;
    }
    log.add('call ${i.memberName} ${i.positionalArguments} ${i.namedArguments}');
    return 'result';
  }
}

class Plain {}

void main() {
  dynamic r = Recorder();
  print(r.foo(1, 2, name: 'x'));
  print(r.size);
  r.size = 7;
  print(r.isMethod);
  for (var line in r.log) {
    print(line);
  }
  dynamic p = Plain();
  try {
    p.bar();
  } on NoSuchMethodError catch (e) {
    print('caught ${e is NoSuchMethodError}');
  }
}
