// A user list that implements only length, length=, [] and []= gets the whole List API
// from ListBase / ListMixin.
import 'dart:collection';

class Buffer<E> extends ListBase<E> {
  final List<E?> _items = [];
  int get length => _items.length;
  set length(int newLength) => _items.length = newLength;
  E operator [](int index) => _items[index] as E;
  void operator []=(int index, E value) => _items[index] = value;
}

class Squares with ListMixin<int> {
  int length = 5;
  int operator [](int index) => index * index;
  void operator []=(int index, int value) => throw UnsupportedError('read-only');
}

void main() {
  var b = Buffer<int>();
  b.add(5);
  b.addAll([3, 8, 1]);
  print(b);
  print('${b.length} ${b.first} ${b.last} ${b.isEmpty} ${b.isNotEmpty}');
  print(b is List<int>);
  print(b.contains(8));
  print(b.indexOf(8));
  print(b.lastIndexOf(5));
  print(b.map((x) => x * 2).toList());
  print(b.where((x) => x.isOdd));
  print(b.fold<int>(0, (a, x) => a + x));
  print(b.reduce((a, x) => a > x ? a : x));
  print(b.join('-'));
  print(b.sublist(1, 3));
  print(b.getRange(1, 3).toList());
  print(b.reversed.toList());
  print(b.skip(1).take(2).toList());
  b.sort();
  print(b);
  b.sort((x, y) => y.compareTo(x));
  print(b);
  b.insert(1, 42);
  print(b);
  print(b.removeAt(0));
  print(b.removeLast());
  print(b);
  b.remove(42);
  print(b);
  b.insertAll(1, [7, 7]);
  print(b);
  b.removeWhere((x) => x == 7);
  print(b);
  b.setRange(0, 2, [10, 20]);
  print(b);
  b.fillRange(0, 1, 0);
  print(b);
  b.replaceRange(0, 1, [1, 2, 3]);
  print(b);
  print(b.asMap());
  print(b + [99]);
  print(b.toSet());
  print(b.any((x) => x > 10));
  print(b.every((x) => x > 0));
  print(b.firstWhere((x) => x > 2));
  print(b.lastWhere((x) => x < 3));
  print(b.firstWhere((x) => x > 100, orElse: () => -1));
  print(b.indexWhere((x) => x == 3));
  var total = 0;
  for (var x in b) {
    total += x;
  }
  print(total);
  print([for (var x in b) x * 10]);
  print([...b, 0]);
  b.clear();
  print(b);
  try {
    b.first;
  } on StateError catch (e) {
    print(e);
  }
  try {
    b.removeLast();
  } on StateError catch (e) {
    print(e);
  }
  try {
    b.sublist(2);
  } on RangeError catch (e) {
    print(e);
  }
  var s = Squares();
  print(s);
  print(s.length);
  print(s.where((x) => x.isEven).toList());
  print(ListBase.listToString([1, [2, 3]]));
  var mixed = Buffer<Object>()..addAll([1, 'two', 3.0, 4]);
  print(mixed.whereType<int>().toList());
  print(mixed.whereType<String>().single);
  print(mixed.cast<Object>().length);
}
