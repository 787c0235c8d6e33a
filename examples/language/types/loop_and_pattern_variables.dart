// A for-in variable and a variable in a pattern declaration with a declared type check the
// value they receive (an implicit downcast: the VM's TypeError without a parameter name);
// a typed variable pattern in a refutable context (case, if-case) is a test instead.
void main() {
  dynamic mixed = <dynamic>[1, 'two', 3];
  var seen = <int>[];
  try {
    for (int x in mixed) {
      seen.add(x);
    }
  } on TypeError catch (e) {
    print(e);
  }
  print(seen);
  for (num n in <dynamic>[1, 2.5]) {
    print(n);
  }
  for (double d in [1, 2]) {
    print(d);
  }
  for (final String s in mixed.skip(1).take(1)) {
    print(s);
  }
  try {
    print([for (int i in mixed) i * 2]);
  } on TypeError catch (e) {
    print(e);
  }
  print([for (int? i in <dynamic>[1, null]) i]);

  (dynamic, dynamic) record = (1, 'b');
  try {
    var (String a, b) = record;
    print('$a $b');
  } on TypeError catch (e) {
    print(e);
  }
  var (int a, String b) = record;
  print('$a $b');
  try {
    List<dynamic> rest = mixed.skip(1).toList();
    final [int first, ...] = rest;
    print(first);
  } on TypeError catch (e) {
    print(e);
  }
  if (record case (String s, _)) {
    print('string $s');
  } else {
    print('no match');
  }
  switch (mixed) {
    case [_, int second, ...]:
      print('int $second');
    case [_, String second, ...]:
      print('string $second');
  }
}
