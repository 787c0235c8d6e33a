// Iterable members beyond the basics: toSet, the dart:core extension members
// (indexed, nonNulls, firstOrNull, lastOrNull, singleOrNull, elementAtOrNull)
// and the static helpers.
class Countdown extends Iterable<int> {
  final int from;
  Countdown(this.from);
  @override
  Iterator<int> get iterator => List.generate(from, (i) => from - i).iterator;
}

void main() {
  var list = [3, 1, 2, 3];
  var set = list.toSet();
  print(set);
  print(set.length);
  print(list.map((e) => e * 2).toSet());
  print(list.where((e) => e > 1).toSet());
  print(Countdown(3).toSet());

  print(list.indexed);
  for (var (i, e) in ['a', 'b'].indexed) {
    print('$i:$e');
  }
  print({'x', 'y'}.indexed.toList());
  print(Countdown(2).indexed);

  var withNulls = [1, null, 2, null];
  print(withNulls.nonNulls);
  print(withNulls.nonNulls.length);
  print(<int?>[null].nonNulls.isEmpty);

  print(<int>[].firstOrNull);
  print(list.firstOrNull);
  print(<int>[].lastOrNull);
  print(list.lastOrNull);
  print(list.where((e) => e < 3).lastOrNull);
  print(<int>[].singleOrNull);
  print([7].singleOrNull);
  print(list.singleOrNull);
  print({5}.singleOrNull);
  print(list.elementAtOrNull(1));
  print(list.elementAtOrNull(4));
  print(list.map((e) => -e).elementAtOrNull(3));
  print(list.where((e) => e > 2).elementAtOrNull(2));
  print(Countdown(3).firstOrNull);
  print(Countdown(3).lastOrNull);
  try {
    list.elementAtOrNull(-1);
  } on RangeError {
    print('RangeError for -1');
  }

  var counter = 0;
  var fresh = Iterable.withIterator(() {
    counter++;
    return [counter, counter * 10].iterator;
  });
  print(fresh);
  print(fresh.toList());
  print(counter);

  print(Iterable.castFrom<int, num>(list));
  print(Iterable.castFrom<int, num>({1, 2}));
  print('ab'.runes.toSet());
  print(Iterable.generate(3).toSet());
  print(Iterable.iterableToShortString([1, 2, 3]));
  print(Iterable.iterableToShortString([1, 2], '<', '>'));
  print(Iterable.iterableToShortString(List.generate(30, (i) => i), '[', ']'));
  print(Iterable.iterableToFullString(List.generate(30, (i) => i)));
  print(Iterable.iterableToFullString({'a', 'b'}, '{', '}'));
  print(Iterable.iterableToFullString([]));
}
