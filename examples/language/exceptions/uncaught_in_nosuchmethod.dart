// An error thrown by noSuchMethod: the failed dynamic call is the calling frame.
class M {
  @override
  noSuchMethod(Invocation i) => throw 'x';
}
void main() {
  dynamic m = M();
  var a = 1;
  m.foo(a);
}
