// Set members: lookup, removeAll/retainAll, removeWhere/retainWhere,
// Set.unmodifiable, Set.castFrom, cast, the Iterable members on sets and
// ConcurrentModificationError when a set changes while it is iterated.
void main() {
  var s = {1, 2, 3, 4};
  print(s.lookup(2));
  print(s.lookup(2.0));
  print(s.lookup(9));
  print({...s}..removeAll([1, 3, 7]));
  print({...s}..retainAll([4, 2, 8]));
  print({...s}..removeWhere((e) => e.isEven));
  print({...s}..retainWhere((e) => e.isEven));
  print(s.cast<num>());
  print(Set.castFrom<int, num>(s));
  try {
    s.single;
  } on StateError catch (e) {
    print(e);
  }
  print(s.map((e) => e * e));
  print(s.where((e) => e > 2));
  print(s.elementAt(2));
  print(s.skip(1).take(2));
  print(s.firstWhere((e) => e > 1));
  print(s.fold<int>(0, (a, b) => a + b));
  print(s.reduce((a, b) => a * b));
  print(s.any((e) => e > 3));
  print(s.every((e) => e > 3));
  print(s.expand((e) => [e, -e]).toList());
  print(s.followedBy([5]));
  print(List.of(s));
  print(s.toList(growable: false));
  print(identical(s.toSet(), s));
  print(s.toSet());

  var u = Set.unmodifiable([3, 1, 3]);
  print(u);
  print(u.contains(1));
  for (var change in <void Function()>[
    () => u.add(2),
    () => u.remove(1),
    () => u.clear(),
    () => u.addAll([9]),
    () => u.removeWhere((e) => true),
  ]) {
    try {
      change();
    } on UnsupportedError catch (e) {
      print(e);
    }
  }
  print(u);

  var growing = {1, 2};
  try {
    for (var e in growing) {
      growing.add(e + 10);
    }
  } on ConcurrentModificationError {
    print('add while iterating: ConcurrentModificationError');
  }
  var shrinking = {1, 2, 3};
  try {
    shrinking.forEach((e) => shrinking.remove(3));
  } on ConcurrentModificationError {
    print('remove in forEach: ConcurrentModificationError');
  }
  print(shrinking);
  var same = {1, 2};
  for (var e in same) {
    same.add(1);
  }
  print(same);
}
