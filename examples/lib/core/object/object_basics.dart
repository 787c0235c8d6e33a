// Object() as a sentinel, identical, and identityHashCode (Object's own hash even when a
// class overrides hashCode).
class Key {
  final int id;
  Key(this.id);

  @override
  bool operator ==(Object other) => other is Key && other.id == id;

  @override
  int get hashCode => id;
}

final _missing = Object();

Object lookup(Map<String, int> m, String k) => m.containsKey(k) ? m[k]! : _missing;

void main() {
  var o = Object();
  print(o);
  print(identical(o, o));
  print(identical(o, Object()));
  print(o == Object());
  print(o.hashCode == identityHashCode(o));
  print(identical(lookup({'a': 1}, 'b'), _missing));
  print(lookup({'a': 1}, 'a'));
  var k1 = Key(7), k2 = Key(7);
  print(k1 == k2);
  print(k1.hashCode == k2.hashCode);
  print(identityHashCode(k1) == identityHashCode(k1));
  print(identityHashCode(3) == 3.hashCode);
}
