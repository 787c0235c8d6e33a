// Metadata with type arguments, and null-aware explicit extension applications as
// assignment targets and index reads: `Ext(x)?.p = v`, `Ext(x)?[i] = v`, `Ext(x)?[i]`.
class Foo<T> {
  const Foo();
}

@Foo<int>()
void annotated() => print('annotated');

class Box {
  int v = 0;
  List<int> items = [1, 2];
}

extension Ext on Box {
  int get p => v;
  set p(int x) => v = x * 2;
  int operator [](int i) => items[i];
  void operator []=(int i, int x) => items[i] = x + 100;
}

int trace(String what, int value) {
  print('evaluated $what');
  return value;
}

void main() {
  annotated();
  Box? b = Box();
  Ext(b)?.p = 5;
  print(b?.v);
  print(Ext(b)?.p = 3);
  Ext(b)?[0] = 1;
  print(b?.items);
  print(Ext(b)?[1]);
  Ext(b)?.p += 1;
  print(b?.v);
  Box? n;
  Ext(n)?.p = trace('value', 5);
  Ext(n)?[trace('index', 0)] = trace('value', 1);
  print(Ext(n)?.p = 7);
  print(Ext(n)?[trace('index', 0)]);
  print(Ext(n)?.p);
  Ext(n)?.p += trace('increment', 1);
  print('done');
}
