// double rounding (half away from zero), the ToDouble variants and signed zeros.
void show(double d) {
  print('$d: round ${d.round()} floor ${d.floor()} ceil ${d.ceil()} truncate ${d.truncate()}'
      ' | ${d.roundToDouble()} ${d.floorToDouble()} ${d.ceilToDouble()} ${d.truncateToDouble()}');
}

void main() {
  for (var d in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.4, -2.4, 2.6, -2.6, 0.0, -0.0, 1e300, -1e20]) {
    show(d);
  }
  print((-0.4).roundToDouble());
  print((-0.5).ceilToDouble());
  print((-0.7).truncateToDouble());
  print(4503599627370497.0.roundToDouble());
  print(1e20.toInt());
  print(1e19.round());
  print((-1e19).floor());
  print(9.2e18.toInt());

  print('abs and sign');
  for (var d in [-2.5, 2.5, -0.0, 0.0, double.negativeInfinity, double.nan]) {
    print('$d: abs ${d.abs()} sign ${d.sign} isNegative ${d.isNegative}');
  }

  print('classification');
  for (var d in [1.0, double.infinity, double.negativeInfinity, double.nan]) {
    print('$d: isNaN ${d.isNaN} isInfinite ${d.isInfinite} isFinite ${d.isFinite}');
  }

  print('modulo and remainder');
  print(5.5 % 2);
  print(-5.5 % 2);
  print(5.5 % -2);
  print(-4.0 % 2);
  print(4.0 % -2);
  print((-4.0).remainder(2));
  print(5.5.remainder(-2));
  print(5 % double.infinity);
  print(-5 % double.infinity);
  print(5.0 % 0);
  print(5.5 ~/ 2);
  print(-5.5 ~/ 2);
  print(1e30 ~/ 1);
  print(0.1 + 0.2);
  print(1 / 3);
  print(-1 / 0);
  print(0 / 0);
}
