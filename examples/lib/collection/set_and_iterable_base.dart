// SetBase / SetMixin, IterableBase / IterableMixin and UnmodifiableSetView /
// UnmodifiableListView on user classes that implement only the abstract members.
import 'dart:collection';

class Evens extends SetBase<int> {
  final _items = <int>[];
  bool add(int value) {
    if (value.isOdd || _items.contains(value)) return false;
    _items.add(value);
    return true;
  }
  bool contains(Object? element) => _items.contains(element);
  int? lookup(Object? element) => contains(element) ? element as int : null;
  bool remove(Object? value) => _items.remove(value);
  Iterator<int> get iterator => _items.iterator;
  int get length => _items.length;
  Set<int> toSet() => Evens()..addAll(_items);
}

class Countdown extends IterableBase<int> {
  final int from;
  Countdown(this.from);
  Iterator<int> get iterator => [for (var i = from; i > 0; i--) i].iterator;
}

class Letters with IterableMixin<String> {
  Iterator<String> get iterator => 'abcde'.split('').iterator;
}

class Many with IterableMixin<int> {
  Iterator<int> get iterator => List.generate(200, (i) => i).iterator;
}

void main() {
  var e = Evens();
  print(e.add(4));
  print(e.add(3));
  e.addAll([2, 8, 4, 7]);
  print(e);
  print('${e.length} ${e.first} ${e.last} ${e.isEmpty}');
  print(e.contains(8));
  print(e.lookup(2));
  print(e.map((x) => x ~/ 2));
  print(e.where((x) => x > 2).toList());
  print(e.union({100}));
  print(e.intersection({2, 4, 5}));
  print(e.difference({2}));
  print(e.containsAll([2, 4]));
  e.removeAll([4]);
  print(e);
  e.retainWhere((x) => x > 2);
  print(e);
  print(e.single);
  print(e is Set<int>);
  e.clear();
  print(e);

  var c = Countdown(4);
  print(c);
  print(c.length);
  print(c.map((x) => x * x).toList());
  print(c.contains(3));
  print(c.last);
  print(c.join(' '));
  var l = Letters();
  print(l);
  print(l.length);
  print(l.first);
  print(l.skip(2).toList());
  print(l.toList());
  print(l.elementAt(4));
  print(l.fold<String>('', (a, x) => x + a));
  print(l.any((x) => x == 'c'));
  print(l.isEmpty);
  print(Many());
  print(IterableBase.iterableToShortString([1, 2, 3], '<', '>'));
  print(IterableBase.iterableToFullString(List.generate(120, (i) => i % 2), '[', ']').length);

  var source = [1, 2, 3];
  var lv = UnmodifiableListView(source);
  print(lv);
  print(lv[1]);
  print(lv.length);
  source.add(4);
  print(lv.last);
  print(lv.map((x) => -x).toList());
  for (var change in <void Function()>[
    () => lv.add(5),
    () => lv[0] = 9,
    () => lv.length = 0,
    () => lv.removeLast(),
    () => lv.clear(),
    () => lv.sort(),
    () => lv.insert(0, 1),
  ]) {
    try {
      change();
    } on UnsupportedError catch (e) {
      print(e);
    }
  }
  var sv = UnmodifiableSetView({'x', 'y'});
  print(sv);
  print(sv.contains('x'));
  print(sv.length);
  try {
    sv.add('z');
  } on UnsupportedError catch (e) {
    print(e);
  }
  try {
    sv.remove('x');
  } on UnsupportedError catch (e) {
    print(e);
  }
}
