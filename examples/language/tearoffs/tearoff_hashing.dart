// Equal tear-offs have equal hash codes, so sets, maps and List.remove find them.
T id<T>(T x) => x;
class C { void m() {} }
void main() {
  var c = C();
  print(c.m.hashCode == c.m.hashCode);
  print({c.m}.contains(c.m));
  print({c.m: 1}[c.m]);
  print((id<int>).hashCode == (id<int>).hashCode);
  print({id<int>, id<int>, id<String>}.length);
  var handlers = <void Function()>[c.m];
  handlers.remove(c.m);
  print(handlers.length);
}
