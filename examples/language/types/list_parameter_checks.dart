// Parameters typed with a generic list type, called in hot loops with lists of several
// reified element types (the check is cached per element type), typed lists and failures.
import 'dart:typed_data';

int total(List<num> xs) {
  var s = 0;
  for (var x in xs) s += x.toInt();
  return s;
}

int count(List<Object?> xs) => xs.length;

String describe(Object value) {
  try {
    return 'ok ${total(value as dynamic)}';
  } on TypeError {
    return 'TypeError';
  }
}

void main() {
  var ints = <int>[1, 2, 3];
  var doubles = <double>[0.5, 1.5];
  var nums = <num>[1, 2.5];
  var fixed = List<int>.filled(4, 2);
  var bytes = Uint8List.fromList([7, 8]);
  var sum = 0;
  for (var i = 0; i < 20000; i++) {
    sum += total(ints) + total(doubles) + total(nums) + total(fixed) + total(bytes);
    sum += count(ints) + count(<String>['a']) + count([null]);
  }
  print(sum);
  print([
    describe(ints),
    describe(<String>['x']),
    describe(<Object>['y']),
    describe(<int?>[null]),
    describe(bytes),
    describe(const <int>[4, 5]),
    describe(List<double>.unmodifiable([2.0])),
  ]);
}
