// Lazy iterables: map, where, expand, take, skip, takeWhile, skipWhile,
// followedBy, whereType, cast, reversed, Iterable.generate. They do no work
// until iterated and redo it on every iteration.

int calls = 0;

int traced(int x) {
  calls++;
  print('  f($x)');
  return x * 10;
}

void main() {
  var list = [1, 2, 3];

  print('-- map is lazy and re-evaluated');
  var mapped = list.map(traced);
  print('created, calls: $calls');
  print(mapped.toList());
  print(mapped.toList());
  print('calls: $calls');
  print(mapped.length);
  print('length did not call f: $calls');
  print(mapped.first);
  print(mapped.last);
  print(mapped.elementAt(1));
  print(mapped);

  print('-- the source is read at iteration time');
  list.add(4);
  print(mapped);
  list.removeLast();

  print('-- for-in interleaves with the body');
  for (var x in list.map(traced)) {
    print('body $x');
  }

  print('-- where');
  var odd = list.where((x) {
    print('  test($x)');
    return x.isOdd;
  });
  print(odd.length);
  print(odd.first);
  print(odd);
  print([1, 2, 3, 4, 5, 6].where((x) => x % 3 == 0));

  print('-- expand');
  print([1, 2, 3].expand((x) => [x, x * 100]));
  print([
    [1, 2],
    [],
    [3]
  ].expand((l) => l).toList());
  print([0, 1, 2].expand((n) => List.filled(n, n)));

  print('-- take, skip, takeWhile, skipWhile');
  var nums = [1, 2, 3, 4, 5];
  print(nums.take(2));
  print(nums.take(10));
  print(nums.take(0));
  print(nums.skip(2));
  print(nums.skip(9));
  print(nums.skip(1).take(3));
  print(nums.take(4).skip(1));
  print(nums.takeWhile((x) => x < 3));
  print(nums.skipWhile((x) => x < 3));
  print(nums.where((x) => x != 3).take(3));
  print(nums.where((x) => x > 1).skip(1));
  print(nums.skip(2).length);
  print(nums.where((x) => x > 1).take(2).length);

  print('-- followedBy');
  print([1, 2].followedBy([3, 4]));
  print([1, 2].followedBy([3]).followedBy([4, 5]).toList());
  print([].followedBy([7]).first);
  print([1].followedBy([]).last);
  print([1, 2].followedBy([3, 4]).elementAt(2));
  print([1, 2].followedBy([3, 4]).length);

  print('-- whereType and cast');
  List<Object?> mixed = [1, 'two', 3.0, null, 4, 'five', true];
  print(mixed.whereType<int>());
  print(mixed.whereType<String>());
  print(mixed.whereType<num>());
  print(mixed.whereType<double>().toList());
  print(mixed.whereType<Object>().length);
  Iterable<Object> objs = [1, 2, 3].where((x) => x > 1);
  Iterable<int> ints = objs.cast<int>();
  print(ints);
  print(ints.first + 1);
  var bad = ['a', 1].where((x) => true).cast<int>();
  print(bad.length);
  try {
    print(bad.first);
  } catch (e) {
    print(e);
  }

  print('-- reversed');
  print(list.reversed);
  print(list.reversed.toList());
  print(list.reversed.map((x) => -x));
  print(<int>[].reversed);

  print('-- Iterable.generate');
  var squares = Iterable.generate(5, (i) => i * i);
  print(squares);
  print(squares.elementAt(3));
  print(Iterable.generate(3));
  print(Iterable.generate(0, (i) => i).isEmpty);
  print(Iterable.empty());

  print('-- chains stay lazy');
  var chain = [1, 2, 3, 4, 5, 6]
      .where((x) {
        print('  where $x');
        return x.isEven;
      })
      .map((x) {
        print('  map $x');
        return x * x;
      })
      .take(2);
  print('built');
  print(chain.toList());

  print('-- iterator');
  var it = [10, 20].map((x) => x + 1).iterator;
  while (it.moveNext()) {
    print(it.current);
  }
  print([].iterator.moveNext());
}
