extension type Meters(int value) {
  Meters.fromKm(int km) : this(km * 1000);
  factory Meters.parse(String text) => Meters(int.parse(text));
  static const unit = 'm';
  String get describe => '$value $unit';
}
