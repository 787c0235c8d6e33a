// An extension type of another library used as a type: erased to its representation type,
// which is read in the declaring library (even a private class there).
import 'src/ids.dart';
import 'src/ids.dart' as p;

typedef Ids = List<Id>;

Wrapped make(int v) => Wrapped(v);

Id? find(bool ok) => ok ? Id(3) : null;

Label shout(Label l) => Label(l.toUpperCase());

class Holder {
  final p.Wrapped w;
  Holder(this.w);
}

void main() {
  Wrapped w = make(3);
  print(w.doubled);
  print(Holder(w).w.doubled);
  print(find(true)?.n);
  print(find(false));
  print(shout(Label('hi')));

  // is / as against the erasure
  Object o = 5;
  print(o is Wrapped);
  print(o is p.Wrapped);
  print(o is Id);
  print((o as Wrapped).doubled);
  print((4 as p.Wrapped).doubled);

  // type arguments
  List<Wrapped> ws = [Wrapped(1), Wrapped(2)];
  print(ws.map((x) => x.doubled).toList());
  print(ws.runtimeType);
  print(<p.Wrapped>[w].runtimeType);
  Ids ids = [Id(1), Id(2)];
  print(ids.map((i) => i.n).toList());
  print(ids.runtimeType);
  Map<p.Label, Wrapped> m = {Label('a'): Wrapped(5)};
  print(m['a']);

  // type literals are the erasure's
  print(Wrapped);
  print(p.Label);
  print(Id);
  print(Wrapped == int);

  // a function type and a constructor tear-off
  Id Function(int) f = Id.new;
  print(f(9).n);

  // patterns
  Object id = Id(6);
  if (o case Wrapped x) print('wrapped ${x.doubled}');
  if (o case p.Wrapped y) print('p.wrapped ${y.doubled}');
  switch (id) {
    case Id(n: var n):
      print('id $n');
  }
  if (id case p.Id(:var n)) print('p.id $n');
}
