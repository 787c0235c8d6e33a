// Static fields, getters, setters and methods of a mixin belong to the mixin: every class
// that applies it shares them, and the mixin's instance members use them unqualified.
mixin Counted {
  static int created = 0;
  static const String label = 'counted';
  static final List<String> log = [];
  static late String lazy = compute();
  static String compute() { log.add('computed'); return 'lazy value'; }
  int id = 0;
  void register() {
    created++;
    id = created;
    log.add('registered $id');
  }
  static int get total => created;
  static set total(int v) => created = v;
}
class A with Counted {
  A() { register(); }
}
class B extends Object with Counted {
  B() { register(); }
  String describe() => '${Counted.label} $id of ${Counted.created}';
}
void main() {
  print(Counted.created);
  var a = A();
  var b = B();
  print('${a.id} ${b.id} ${Counted.created} ${Counted.total}');
  print(b.describe());
  Counted.total = 10;
  A();
  print(Counted.created);
  print(Counted.log);
  print(Counted.lazy);
  print(Counted.log.last);
  Counted.created += 5;
  print(Counted.created);
  print(Counted.compute());
  print(Counted.log.length);
  print(Registry.names);
  Tagged.tag('x');
  Other().tagSelf();
  print(Registry.names);
}

mixin Registry<T> {
  static final List<String> names = ['initial'];
  static void add(String name) => names.add(name);
}

mixin Tagged on Object {
  static int tags = 0;
  static void tag(String s) {
    tags++;
    Registry.add('$s#$tags');
  }

  void tagSelf() => tag('self');
}

class Other with Tagged, Registry<int> {}
