class A {}
class Recorder {
  noSuchMethod(Invocation i) => '${i.memberName} ${i.isMethod} ${i.isGetter} ${i.isSetter} ${i.positionalArguments} ${i.namedArguments}';
}
void main() {
  print(StackTrace.empty.toString().isEmpty);
  print(StackTrace.fromString('my trace'));
  print(NoSuchMethodError.withInvocation(A(), Invocation.method(#foo, [1, 2], {#x: 3, #y: 4})));
  print(NoSuchMethodError.withInvocation(A(), Invocation.method(#bar, null)));
  print(NoSuchMethodError.withInvocation(A(), Invocation.getter(#baz)));
  print(NoSuchMethodError.withInvocation(A(), Invocation.setter(Symbol('baz='), 1)));
  var i = Invocation.method(#m, [1], {#k: 'v'});
  print('${i.memberName} ${i.positionalArguments} ${i.namedArguments} ${i.isMethod} ${i.isAccessor}');
  var s = Invocation.setter(Symbol('v='), 9);
  print('${s.memberName} ${s.positionalArguments} ${s.isSetter}');
  dynamic r = Recorder();
  print(r.go(1, z: 2));
  print(r.prop);
}
