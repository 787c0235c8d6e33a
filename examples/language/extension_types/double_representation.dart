// An extension type over double: integer literals given to its constructor are doubles,
// so its members (and double's) apply, also to constants.
extension type const Celsius(double degrees) {
  static const freezing = Celsius(0);
  static const boiling = Celsius(100);
  Celsius operator +(Celsius other) => Celsius(degrees + other.degrees);
  double get fahrenheit => degrees * 9 / 5 + 32;
  String get label => '${degrees.toStringAsFixed(1)} C';
}

void main() {
  print(Celsius.freezing.label);
  print(Celsius.boiling.fahrenheit);
  final warm = Celsius(21);
  print(warm.degrees);
  print(warm.label);
  print((warm + Celsius(4)).degrees);
  print(Celsius(37).degrees.runtimeType);
  print(const [Celsius(1), Celsius(2.5)]);
  print(identical(Celsius.freezing, const Celsius(0)));
}
