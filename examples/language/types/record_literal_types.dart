// A record literal without a context type has its fields' static types as its type, so
// collections of records reify it; with a context, the context decides (an int literal in a
// double field is a double).
void main() {
  var rec = (name: 'n', n: 1);
  print([rec].runtimeType);
  print([(1, 'a'), (2, 'b')].runtimeType);
  print({(1, 2)}.runtimeType);
  print({'k': (x: 1.5, y: true)}.runtimeType);
  List<(num, Object)> typed = [(1, 'a')];
  print(typed.runtimeType);
  print([rec] is List<({int n, String name})>);
  doubleFields();
}

(double, int) origin() => (0, 0);

void doubleFields() {
  (double, int) d = (1, 2);
  ({double x, int y}) p = (x: 1, y: 2);
  var l = <(double, double)>[(1, 2)];
  print('$d $p ${origin()} $l');
}
