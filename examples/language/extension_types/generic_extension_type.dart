// A generic extension type, local or imported: its type arguments stand for its type
// parameters in the representation type (the erasure of Box<int> is int).
import 'src/boxes.dart' as p;

extension type Cell<E>(List<E> items) {
  E get head => items.first;
}

p.Box<String> wrap(String s) => p.Box(s);

void main() {
  p.Box<int> b = p.Box(4);
  print(b.get);
  print(wrap('x').get);
  print(b.listed.get);
  print(<p.Box<int>>[b].runtimeType);
  print(<p.Box<String>>[].runtimeType);
  Object o = 4;
  print(o is p.Box<int>);
  print(o is p.Box<String>);

  Cell<int> c = Cell([7, 8]);
  print(c.head);
  print(<Cell<String>>[].runtimeType);
  print(Cell<int> == List<int>);
  print(p.Box<String>);
  print(p.Box<List<int>> == List<int>);
}
