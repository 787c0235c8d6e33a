// NaN and the infinities have no int value: toInt, round, floor, ceil and ~/ throw
// UnsupportedError with the Dart VM's text.
void main() {
  for (var f in [() => double.nan.toInt(), () => double.infinity.round(), () => (-1 / 0).floor(), () => 1 ~/ 0.0]) {
    try {
      f();
    } on UnsupportedError catch (e) {
      print(e);
    }
  }
  try {
    1 ~/ 0;
  } on IntegerDivisionByZeroException catch (e) {
    print(e);
  }
  print(double.nan.ceil());
}
