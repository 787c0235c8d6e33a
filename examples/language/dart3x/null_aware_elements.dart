// Dart 3.8 null-aware elements: `?e` in a list or set, `?k: v` and `k: ?v` in a map
// leave the element or entry out when the marked expression is null.
int calls = 0;

int? counted(int? value) {
  calls++;
  return value;
}

Future<int?> later(int? value) async => value;

void lists(int? a, int? b) {
  var list = [?a, 0, ?b];
  print(list);
  print(list.runtimeType);
  print(<num>[?a, 1.5, ?b]);
  print([for (var x in [1, null, 3]) ?x]);
  choose(a, b);
}

void choose(int? a, int? b) {
  print([if (a == null) ?b else ?a]);
}

void sets(String? s, String? t) {
  var set = {?s, 'x', ?t};
  print(set);
  print(set.runtimeType);
}

void maps(String? key, int? value) {
  calls = 0;
  var skipped = {?key: counted(1), 'b': 2};
  print(skipped);
  print(calls); // the value of a null key is not evaluated
  var m = {'a': ?value, 'b': ?counted(2), ?key: ?value};
  print(m);
  print(m.runtimeType);
  print(calls);
}

Future<void> awaited() async {
  print([?await later(null), ?await later(7)]);
  calls = 0;
  String? none;
  print({?none: await later(counted(1)), 'k': ?await later(null), 'v': ?await later(8)});
  print(calls);
}

void main() async {
  lists(null, 2);
  lists(1, null);
  sets(null, 'y');
  maps(null, null);
  maps('k', 5);
  await awaited();
}
