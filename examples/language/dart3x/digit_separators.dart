// Dart 3.6 digit separators: `_` between digits of any number literal.
void main() {
  print(1_000_000);
  print(1__000);
  print(0xFF_FF);
  print(1_0.5e1_0);
  print(3.141_592);
  print(.5_5);
  print(1e1_0);
  print(1_2.3_4e-0_1);
  print(-9_223_372_036_854_775_808);
  print(0x7FFF_FFFF_FFFF_FFFF);
  double d = 1_000;
  print(d);
  print(int.tryParse('1_000'));
  print(double.tryParse('1_0.5'));
  var x = 3;
  print(x._hidden);
}

extension on int {
  String get _hidden => 'getter $this';
}
