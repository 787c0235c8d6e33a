import 'dart:math';

void main() {
  print(pi);
  print(e);
  print([ln2, ln10, log2e, log10e, sqrt1_2, sqrt2]);
  print(min(1, 2));
  print(max(1, 2));
  print(min(1, 2.0));
  print(max(3, 2.5));
  print(min(0.0, -0.0));
  print(max(0.0, -0.0));
  print(max(-0.0, 0));
  print(min(0, -0.0));
  print(min(double.nan, 1));
  print(max(1, double.nan));
  print(min(2, 2.0));
  print(sqrt(2));
  print(sqrt(-1));
  print(pow(2, 10));
  print(pow(2, 64));
  print(pow(3, 40));
  print(pow(2, -1));
  print(pow(2.0, 3));
  print(pow(2, 0.5));
  print(pow(-8, 1 / 3));
  print(sin(0));
  print(cos(0));
  print(atan2(1, 1));
  print(exp(1));
  print(log(10));
  print(log(0));
  var r = Random(42);
  print([for (var i = 0; i < 10; i++) r.nextInt(100)]);
  var r2 = Random(0);
  print([for (var i = 0; i < 5; i++) r2.nextDouble()]);
  var r3 = Random(1);
  print([for (var i = 0; i < 8; i++) r3.nextBool()]);
  print(Random(7).nextInt(1 << 32));
  print(Random(-5).nextInt(1024));
  try {
    Random(1).nextInt(0);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    Random(1).nextInt((1 << 32) + 1);
  } catch (e) {
    print(e);
  }
  var s = Random.secure();
  var v = s.nextInt(10);
  print(v >= 0 && v < 10);
  var d = s.nextDouble();
  print(d >= 0 && d < 1);
  print(s.nextBool() is bool);
  print(Random().nextInt(5) < 5);
}
