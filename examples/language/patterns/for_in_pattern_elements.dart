// Collection-for elements whose loop variable is a pattern.
void main() {
  final pairs = [('a', 1), ('b', 2), ('c', 3)];
  print([for (final (name, n) in pairs) '$name$n']);
  print({for (var (name, n) in pairs) if (n.isOdd) name});
  print({for (final (i, (name, _)) in pairs.indexed) name: i});
  final points = [(x: 1, y: 2), (x: 3, y: 4)];
  print([for (final (:x, :y) in points) x * y]);
  final lists = [[1, 2], [3, 4, 5]];
  print([for (final [first, ...rest] in lists) for (final r in rest) first + r]);
  final entries = {'k': 1, 'm': 2};
  print([for (final MapEntry(:key, :value) in entries.entries) '$key=$value']);
  // Each iteration binds fresh variables, so closures see their own values.
  final getters = [for (final (name, n) in pairs) () => '$name:$n'];
  print(getters.map((g) => g()).join(' '));
}
