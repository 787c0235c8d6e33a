// toStringAsFixed, toStringAsExponential and toStringAsPrecision on int and double.
void main() {
  print('toStringAsFixed');
  print(3.14159.toStringAsFixed(2));
  print(2.5.toStringAsFixed(0));
  print((-2.5).toStringAsFixed(0));
  print(1.005.toStringAsFixed(2));
  print(1.125.toStringAsFixed(2));
  print(0.000001.toStringAsFixed(3));
  print((-0.0001).toStringAsFixed(2));
  print(123.toStringAsFixed(3));
  print(1e21.toStringAsFixed(2));
  print(999999999999999999999.0.toStringAsFixed(2));
  print(double.nan.toStringAsFixed(2));
  print(double.infinity.toStringAsFixed(2));
  print(0.1.toStringAsFixed(20));

  print('toStringAsExponential');
  print(123456.toStringAsExponential());
  print(123456.toStringAsExponential(3));
  print(1.toStringAsExponential());
  print(0.00012345.toStringAsExponential(2));
  print(1.5.toStringAsExponential(0));
  print(2.5.toStringAsExponential(0));
  print(1.45.toStringAsExponential(1));
  print(0.0.toStringAsExponential(2));
  print((-0.0).toStringAsExponential());
  print(9.99.toStringAsExponential(1));
  print(double.maxFinite.toStringAsExponential(5));
  print(double.minPositive.toStringAsExponential());
  print(double.minPositive.toStringAsExponential(4));
  print(double.negativeInfinity.toStringAsExponential(3));
  print((0.1 + 0.2).toStringAsExponential());

  print('toStringAsPrecision');
  print(1.toStringAsPrecision(2));
  print(1e15.toStringAsPrecision(3));
  print(1234567.toStringAsPrecision(3));
  print(1234567.toStringAsPrecision(9));
  print(12345678901234567890.0.toStringAsPrecision(20));
  print(12345678901234567890.0.toStringAsPrecision(14));
  print(0.00000012345.toStringAsPrecision(15));
  print(0.0000012345.toStringAsPrecision(15));
  print(123.456.toStringAsPrecision(4));
  print(99.99.toStringAsPrecision(3));
  print(999.99.toStringAsPrecision(3));
  print(0.0.toStringAsPrecision(3));
  print((-0.0).toStringAsPrecision(1));
  print(0.1.toStringAsPrecision(21));
  print((-1.5).toStringAsPrecision(1));
  print(double.nan.toStringAsPrecision(5));

  print('range errors');
  for (var f in [
    () => 1.0.toStringAsFixed(21),
    () => 1.0.toStringAsFixed(-1),
    () => 1.toStringAsExponential(21),
    () => 1.0.toStringAsPrecision(0),
    () => 1.0.toStringAsPrecision(22),
    () => double.nan.toStringAsFixed(-1),
  ]) {
    try {
      print(f());
    } on RangeError catch (e) {
      print(e);
    }
  }
}
