// A class extending Iterable only defines `iterator`; it inherits map, where,
// toString, length, ... and works with for-in, List.of and addAll. Iterators
// can also be stepped by hand.

class Countdown extends Iterable<int> {
  final int from;
  Countdown(this.from);

  @override
  Iterator<int> get iterator => _CountdownIterator(from);
}

class _CountdownIterator implements Iterator<int> {
  int _next;
  int _current = -1;
  _CountdownIterator(this._next);

  @override
  int get current => _current;

  @override
  bool moveNext() {
    if (_next < 0) return false;
    _current = _next--;
    return true;
  }
}

class Evens extends Iterable<int> {
  final List<int> _source;
  Evens(this._source);

  @override
  Iterator<int> get iterator => _source.where((x) => x.isEven).iterator;

  @override
  int get length {
    print('(Evens.length)');
    return _source.where((x) => x.isEven).length;
  }
}

void main() {
  var c = Countdown(3);
  print(c);
  for (var x in c) {
    print('tick $x');
  }
  print(c.length);
  print(c.first);
  print(c.last);
  print(c.isEmpty);
  print(Countdown(-1).isEmpty);
  print(c.map((x) => x * x));
  print(c.where((x) => x.isOdd).toList());
  print(c.contains(2));
  print(c.elementAt(1));
  print(c.fold(0, (int a, b) => a + b));
  print(c.join('-'));
  print(c.skip(1).take(2));
  print(c.toList().reversed);
  print(List.of(c));
  var all = <int>[9];
  all.addAll(c);
  print(all);
  print(c.followedBy([100]));
  print(c is Iterable<int>);
  print(c.toString());

  var e = Evens([1, 2, 3, 4, 6]);
  print(e);
  print(e.length);
  print(e.map((x) => x ~/ 2).length);
  print(e.toList());

  var it = c.iterator;
  while (it.moveNext()) {
    print('manual ${it.current}');
  }
}
