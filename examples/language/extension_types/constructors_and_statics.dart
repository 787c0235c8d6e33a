// Extension type constructors (named, redirecting, factory, redirecting factory, with a
// body), static members, members calling each other, tear-offs and implements.
extension type Meters(int value) {
  Meters.fromKm(int km) : this(km * 1000);
  Meters.zero() : value = 0;
  Meters.of(this.value) {
    print('made $value m ($describe)');
  }
  factory Meters.parse(String text) => Meters(int.parse(text));
  factory Meters.copy(Meters other) = Meters.again;
  Meters.again(Meters other) : this(other.value);

  static const unit = 'm';
  static int created = 0;
  static Meters sum(List<Meters> all) => Meters(all.fold(0, (a, b) => a + b.value));

  Meters operator +(Meters other) => Meters(value + other.value);
  String get describe => '$value $unit';
  bool isLongerThan(Meters other) => value > other.value;
  String compare(Meters other) => isLongerThan(other) ? '$describe > ${other.describe}' : '$describe <= ${other.describe}';
}

extension type const Id._(int raw) {
  const Id(int raw) : this._(raw);
  Id next() => Id._(raw + 1);
}

extension type Celsius(double degrees) implements double {
  Celsius.freezing() : this(0.0);
  double get fahrenheit => degrees * 9 / 5 + 32;
}

extension type Kilometers(int value) implements Meters {
  String get km => '${value ~/ 1000} km';
}

void main() {
  print(Meters.fromKm(2).describe);
  print(Meters.zero().describe);
  var m = Meters.of(5);
  print(m.describe);
  print(Meters.parse('42').value);
  print(Meters.copy(Meters(7)).value);
  print(Meters.unit);
  Meters.created++;
  print(Meters.created);
  print(Meters.sum([Meters(1), Meters(2), Meters(3)]).describe);
  print((Meters(1) + Meters(2)).value);
  print(Meters(3).compare(Meters(2)));
  print(Meters(1).compare(Meters(2)));
  var make = Meters.new;
  print(make(9).describe);
  var fromKm = Meters.fromKm;
  print(fromKm(1).value);
  print([1, 2].map(Meters.new).map((m) => m.describe).toList());
  var id = Id(1);
  print(id.next().raw);
  print(id.runtimeType);
  print(Celsius.freezing().fahrenheit);
  print(Celsius(100.0).fahrenheit);
  var k = Kilometers(3000);
  print(k.km);
  print(k.describe);
}
