Future<int> double(int x) async => x * 2;

Future<void> main() async {
  final pairs = [(1, 'a'), (2, 'b')];
  for (final (n, s) in pairs) {
    final d = await double(n);
    print('$s$d');
  }
  var fns = <String Function()>[];
  for (var (n, s) in pairs) {
    await null;
    fns.add(() => '$s:$n');
  }
  print(fns.map((f) => f()).toList());
  for (final MapEntry(:key, :value) in {'x': 1, 'y': 2}.entries) {
    if (key == 'y') break;
    print(await double(value));
  }
}
