import 'dart:math';

// List statics (copyRange, writeIterable, castFrom), shuffle, list.toSet and
// the TypeError of a non-int index.
void main() {
  var target = [0, 0, 0, 0, 0];
  List.copyRange(target, 1, [7, 8, 9]);
  print(target);
  List.copyRange(target, 0, [1, 2, 3, 4], 2, 4);
  print(target);
  var overlap = [1, 2, 3, 4, 5];
  List.copyRange(overlap, 1, overlap, 0, 3);
  print(overlap);
  try {
    List.copyRange([0, 0], 1, [1, 2]);
  } on ArgumentError {
    print('copyRange: ArgumentError');
  }

  var fixed = List.filled(4, 0);
  List.writeIterable(fixed, 1, {5, 6});
  print(fixed);
  List.writeIterable(fixed, 0, [1, 2].map((e) => e * 10));
  print(fixed);
  try {
    List.writeIterable(fixed, 3, [1, 2]);
  } on RangeError {
    print('writeIterable: RangeError');
  }
  print(fixed);

  print(List.castFrom<int, num>([1, 2]));

  var shuffled = List.generate(20, (i) => i)..shuffle(Random(7));
  print(shuffled.length);
  print((shuffled.toList()..sort()).join(',') == List.generate(20, (i) => i).join(','));
  print(([42]..shuffle()).single);
  print(<int>[]..shuffle());
  try {
    const [1, 2].shuffle();
  } on UnsupportedError catch (e) {
    print(e);
  }

  print([3, 1, 3, 2].toSet());
  print(List.of({1, 2}));
  print(List<int>.from({3, 4}, growable: false));

  dynamic list = [10, 20];
  try {
    list[0.5];
  } on TypeError catch (e) {
    print(e);
  }
  try {
    list['x'] = 1;
  } on TypeError catch (e) {
    print(e);
  }
  print(list);
}
