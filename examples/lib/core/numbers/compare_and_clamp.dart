// compareTo (total order: -0.0 before 0.0, NaN last), clamp, type tests and double constants.
void compare(num a, num b) {
  print('$a.compareTo($b) = ${a.compareTo(b)}, == ${a == b}, < ${a < b}');
}

void main() {
  compare(1, 2);
  compare(2, 1);
  compare(1, 1.0);
  compare(1.0, 1);
  compare(-0.0, 0.0);
  compare(0.0, -0.0);
  compare(-0.0, 0);
  compare(0, -0.0);
  compare(double.nan, double.nan);
  compare(double.nan, double.infinity);
  compare(double.infinity, double.nan);
  compare(5, double.nan);
  compare(double.negativeInfinity, -9223372036854775807 - 1);
  compare(9223372036854775807, 9223372036854775807.0);
  compare(9007199254740993, 9007199254740992.0);
  compare(9007199254740992.0, 9007199254740993);

  print('clamp');
  print(5.clamp(1, 3));
  print(0.clamp(1, 3));
  print(2.clamp(1, 3));
  print(5.clamp(1.5, 3.5));
  print(5.clamp(1, 3.5));
  print(2.5.clamp(1, 2));
  print(0.5.clamp(1, 2));
  print((-0.0).clamp(0.0, 1.0));
  print(0.0.clamp(-0.0, 0.0));
  print(double.nan.clamp(1, 2));
  print(5.clamp(double.nan, double.nan));
  print(1.5.clamp(1.5, 1.5));
  try {
    print(5.clamp(3, 1));
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    print(5.5.clamp(3.5, 1));
  } on ArgumentError catch (e) {
    print(e);
  }

  print('type tests');
  Object i = 3;
  Object d = 3.0;
  print('${i is num} ${i is int} ${i is double}');
  print('${d is num} ${d is int} ${d is double}');
  print('${'3' is num} ${null is num} ${null is num?}');
  print(i == d);
  print(i.hashCode == d.hashCode);
  print((-0.0).hashCode == 0.0.hashCode);
  print(i.runtimeType);
  print(d.runtimeType);

  print('constants');
  print(double.infinity);
  print(double.negativeInfinity);
  print(double.nan);
  print(double.maxFinite);
  print(double.minPositive);
  print(double.infinity == 1 / 0);
  print(double.nan == double.nan);
  print(double.maxFinite * 2);
  print(double.minPositive / 2);
}
