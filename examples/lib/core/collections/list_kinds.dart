// Growable, fixed-length and unmodifiable lists: what each allows, the Dart
// VM's error texts, and the List constructors.

void attempt(String label, void Function() f) {
  try {
    f();
    print('$label: ok');
  } on UnsupportedError catch (e) {
    print('$label: $e');
  }
}

enum Suit { clubs, hearts }

void main() {
  print('-- constructors');
  var source = [1, 2, 3];
  var of = List.of(source);
  var from = List.from(source.map((x) => x * 2));
  var fixedOf = List.of(source, growable: false);
  var unmodifiable = List.unmodifiable(source);
  var empty = List.empty();
  var growableEmpty = List<int>.empty(growable: true);
  var filled = List<int>.filled(3, 7);
  var generated = List.generate(4, (i) => i * i, growable: false);
  print([of, from, fixedOf, unmodifiable, empty, growableEmpty, filled, generated]);
  source.add(4);
  print(of);
  print(unmodifiable);
  growableEmpty.add(1);
  print(growableEmpty);
  print(List<double>.filled(2, 0));
  print(List.of({'k': 1}.values));

  print('-- fixed-length');
  var fixed = List.filled(3, 0);
  attempt('[]=', () => fixed[0] = 5);
  attempt('add', () => fixed.add(1));
  attempt('addAll', () => fixed.addAll([1]));
  attempt('insert', () => fixed.insert(0, 1));
  attempt('insertAll', () => fixed.insertAll(0, [1]));
  attempt('remove', () => fixed.remove(5));
  attempt('removeAt', () => fixed.removeAt(0));
  attempt('removeLast', () => fixed.removeLast());
  attempt('removeWhere', () => fixed.removeWhere((x) => true));
  attempt('retainWhere', () => fixed.retainWhere((x) => true));
  attempt('removeRange', () => fixed.removeRange(0, 1));
  attempt('replaceRange', () => fixed.replaceRange(0, 1, [9]));
  attempt('clear', () => fixed.clear());
  attempt('length=', () => fixed.length = 1);
  attempt('sort', () => fixed.sort());
  attempt('setRange', () => fixed.setRange(1, 3, [8, 9]));
  attempt('fillRange', () => fixed.fillRange(0, 1, 4));
  attempt('setAll', () => fixed.setAll(0, [1]));
  print(fixed);

  print('-- unmodifiable');
  const constant = [3, 1, 2];
  for (var list in [constant, unmodifiable]) {
    attempt('[]=', () => list[0] = 5);
    attempt('add', () => list.add(1));
    attempt('addAll', () => list.addAll([1]));
    attempt('insert', () => list.insert(0, 1));
    attempt('remove', () => list.remove(1));
    attempt('removeAt', () => list.removeAt(0));
    attempt('removeLast', () => list.removeLast());
    attempt('removeWhere', () => list.removeWhere((x) => true));
    attempt('removeRange', () => list.removeRange(0, 1));
    attempt('clear', () => list.clear());
    attempt('length=', () => list.length = 1);
    attempt('sort', () => list.sort());
    attempt('setRange', () => list.setRange(0, 1, [7]));
    attempt('fillRange', () => list.fillRange(0, 1, 4));
    attempt('first=', () => list.first = 0);
    print(list);
  }
  attempt('values.add', () => Suit.values.add(Suit.clubs));
  print(constant.map((x) => x + 1).toList()..sort());
  print(constant.reversed);
  print(constant.contains(2));

  print('-- growing length needs a nullable element type');
  for (var list in [[1, 2], [1, 2.5], ['a', 1], [1, null], [], <String?>['s']]) {
    try {
      list.length = 3;
      print(list);
    } on TypeError catch (e) {
      print(e);
    }
  }

  print('-- const maps');
  const table = {'a': 1};
  attempt('[]=', () => table['b'] = 2);
  attempt('remove', () => table.remove('a'));
  attempt('clear', () => table.clear());
  attempt('addAll', () => table.addAll({'c': 3}));
  attempt('putIfAbsent', () => table.putIfAbsent('d', () => 4));
  print(table);
  var copy = Map.of(table);
  copy['b'] = 2;
  print(copy);
  var view = Map.unmodifiable(copy);
  attempt('unmodifiable []=', () => view['z'] = 0);
  print(view);
}
