// The lazy Iterable members on a Set literal: map, where, expand, skip, take, followedBy.
void main() {
  var s = {3, 1, 2};
  var doubled = s.map((x) => x * 2);
  print(doubled);
  print(doubled.length);
  print(s.where((x) => x > 1).toList());
  print(s.expand((x) => [x, x]).toList());
  print(s.skip(1).take(1).toList());
  print(s.followedBy([9]).toList());
  print(s.map((x) => '$x!').join(' '));
  var it = s.where((x) => x.isOdd).iterator;
  while (it.moveNext()) {
    print(it.current);
  }
}
