// The constructors, checks and getters of the core error classes, printed as the VM prints them.
void show(Object Function() f) {
  try {
    f();
  } catch (e) {
    print(e);
  }
}

void main() {
  show(() => throw ArgumentError.value(3, 'n', 'bad'));
  show(() => throw ArgumentError.value('s'));
  show(() => throw ArgumentError.notNull('x'));
  show(() => throw ArgumentError('m', 'nm'));
  show(() => throw ArgumentError());
  show(() => throw RangeError('r'));
  show(() => throw RangeError.value(3));
  show(() => throw RangeError.value(3, 'v', 'too big'));
  show(() => throw RangeError.range(5, 0, 3, 'i'));
  show(() => throw RangeError.range(1.5, 0, 1));
  show(() => throw RangeError.range(7, 7, 7));
  show(() => throw RangeError.range(7, null, 3));
  show(() => throw RangeError.range(7, 9, null, 'x', 'too small'));
  show(() => throw RangeError.index(5, [1], 'idx'));
  show(() => throw IndexError.withLength(5, 2));
  show(() => throw IndexError.withLength(-1, 2));
  show(() => throw IndexError.withLength(0, 0, name: 'slot', message: 'No such slot'));
  show(() => throw ConcurrentModificationError());
  show(() => throw ConcurrentModificationError([]));
  show(() => throw TypeError());

  try {
    [1, 2][5];
  } on IndexError catch (e) {
    print('${e.invalidValue} ${e.length} ${e.name} ${e is RangeError} ${e is ArgumentError} ${e.start} ${e.end}');
  }
  try {
    RangeError.checkValueInInterval(5, 0, 3, 'v');
  } on RangeError catch (e) {
    print('${e.invalidValue} ${e.start} ${e.end} ${e.name} ${e.message}');
  }
  show(() => RangeError.checkValidRange(1, 5, 3));
  show(() => RangeError.checkValidRange(4, null, 3));
  print(RangeError.checkValidRange(1, null, 3));
  show(() => RangeError.checkNotNegative(-1));
  show(() => RangeError.checkNotNegative(-2, 'count'));
  print(RangeError.checkValidIndex(1, [1, 2]));
  show(() => RangeError.checkValidIndex(2, [1, 2]));
  show(() => IndexError.check(3, 3));
  print(IndexError.check(2, 3));
  try {
    ArgumentError.checkNotNull(null, 'p');
  } on ArgumentError catch (e) {
    print('$e | ${e.name} | ${e.message} | ${e.invalidValue}');
  }
  print(ArgumentError.checkNotNull(4));
  var a = ArgumentError.value(7, 'seven');
  print('${a.invalidValue} ${a.name} ${a.message}');
}
