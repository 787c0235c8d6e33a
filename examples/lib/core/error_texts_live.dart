// A core error's toString reads its fields when it is called, as the SDK's
// toString methods do: a collection or user object given as message or
// invalid value prints as it is at that time, not as it was when the error
// was made. Plain string and number messages print the same either way.
class Counter {
  int n = 0;
  String toString() => 'Counter($n)';
}

void main() {
  var l = [1];
  var e = Exception(l);
  l.add(2);
  print(e);
  print('$e');
  print(e.toString());

  var c = Counter();
  var ce = Exception(c);
  c.n = 3;
  print(ce);
  c.n = 4;
  print(ce);

  var m = {'a': 1};
  var a = ArgumentError(m);
  m['b'] = 2;
  print(a);

  var v = [1, 2];
  var av = ArgumentError.value(v, 'v');
  v.add(3);
  print(av);
  print(identical(av.invalidValue, v));

  var am = ArgumentError.value(7, 'x', c);
  c.n = 5;
  print(am);

  var r = RangeError.value(9, 'i', c);
  c.n = 6;
  print(r);
  var rr = RangeError.range(9, 0, 3, 'i', c);
  c.n = 7;
  print(rr);
  var rm = RangeError(c);
  c.n = 8;
  print(rm);

  var xs = [1, 2];
  Object? caught;
  try {
    for (var x in xs) {
      xs.add(x);
    }
  } catch (err) {
    caught = err;
  }
  print(caught);
  xs.add(9);
  print(caught);

  var grown = <int>[];
  var cme = ConcurrentModificationError(grown);
  grown.add(2);
  print(cme);

  var sa = AssertionError(xs);
  xs.clear();
  print(sa);

  var un = UnimplementedError('${c.n}');
  c.n = 9;
  print(un);
  print(StateError('plain'));
  print(Exception(42));
  print(Exception());

  var nested = <Object>[];
  var ne = Exception(nested);
  nested.add(nested);
  print(ne);

  // A FormatException shows only a string source; another source shows only the offset.
  var bytes = [1, 2, 3];
  var fe = FormatException('bad', bytes, 1);
  bytes.add(4);
  print(fe);
  print(FormatException('bad', {'k': 1}));
  print(identical(fe.source, bytes));

  // NoSuchMethodError shows its receiver as Error.safeToString does when printed.
  dynamic receiver = [1];
  Object? nsm;
  try {
    receiver.frobnicate(2);
  } catch (err) {
    nsm = err;
  }
  receiver.add(2);
  print(nsm);

  // A user class extending a core error prints the core text, also live.
  var parts = ['a'];
  var sub = MyError(parts);
  parts.add('b');
  print(sub);
}

class MyError extends ArgumentError {
  MyError(Object message) : super(message);
}
