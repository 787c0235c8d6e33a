// Symbol literals (#name, #a.b), the Symbol constructor, equality and use as map keys.
void main() {
  print(#foo);
  print(#a.b.c);
  print(#foo == #foo);
  print(identical(#foo, #foo));
  print(Symbol('foo') == #foo);
  print(identical(Symbol('foo'), #foo));
  print(#foo == #bar);
  var m = {#x: 1, #y: 2};
  print(m[#x]);
  print(#foo.bar);
  print((#foo) is Symbol);
  print((#foo).hashCode == Symbol('foo').hashCode);
}
