// Extensions and extension types over record and function types: members reach the
// record's fields through `this` or directly (`$1`, `x`), the function through its field.
extension type Pair((int, int) p) {
  int get sum => p.$1 + p.$2;
  Pair swap() => Pair((p.$2, p.$1));
}

extension type Op(int Function(int) f) {
  int twice(int x) => f(f(x));
}

extension on (String, int) {
  String get label => '${$1}#${$2}';
}

extension on ({int x, int y}) {
  int get area => x * y;
}

extension Labelled on (String, {int n}) {
  String describe() => '${this.$1} x$n';
}

void main() {
  var p = Pair((1, 2));
  print(p.sum);
  print(p.swap().p);
  print(Op((x) => x + 3).twice(1));
  print(('a', 1).label);
  print((x: 2, y: 5).area);
  print(('w', n: 3).describe());
}
