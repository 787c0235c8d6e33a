import 'support/geometry.dart' show Vec, Unit, UnitConvert, reveal;
import 'support/geometry.dart' as geo hide reveal;
import 'dart:math' show max, min;

extension type Meters(double value) implements Object {
  Meters operator +(Meters other) => Meters(value + other.value);
  bool operator >(Meters other) => value > other.value;
  String get label => '${value}m';
  factory Meters.fromCm(num cm) => Meters(cm / 100);
}

extension type const UserId(int id) {
  bool get isAdmin => id < 100;
}

extension StringCase on String {
  String get capitalized => isEmpty ? this : this[0].toUpperCase() + substring(1);
  String repeatWith(int n, [String sep = ',']) => List.filled(n, this).join(sep);
}

extension<T> on List<T> {
  T? get secondOrNull => length > 1 ? this[1] : null;
}

class Ghost {
  final Map<String, Object?> _props = {};
  @override
  dynamic noSuchMethod(Invocation i) {
    final name = i.memberName.toString();
    if (i.isSetter) {
      _props[name.substring(8, name.length - 3)] = i.positionalArguments.first;
      return null;
    }
    if (i.isGetter) return _props[name.substring(8, name.length - 2)];
    return 'called ${i.memberName} with ${i.positionalArguments} ${i.namedArguments}';
  }
}

void main() {
  final a = Meters(1.5), b = Meters.fromCm(250);
  print((a + b).label);
  print(a > b);
  print(a.value);
  final Object boxed = a;
  print(boxed is double);
  print(boxed);
  const admin = UserId(7);
  print(admin.isAdmin);
  print(UserId(500).isAdmin);
  print(admin.id);
  print('hello'.capitalized);
  print('ab'.repeatWith(3));
  print('x'.repeatWith(2, '-'));
  print([1, 2, 3].secondOrNull);
  print(<int>[1].secondOrNull);

  print(Vec(1, 2) + const Vec(3, 4));
  print(const geo.Vec(1, 0).dot(geo.Vec(0, 1)));
  print(reveal());
  print(geo.helper());
  print(geo.epsilon);
  print(250.to(Unit.cm, Unit.m));
  print(Unit.values.map((u) => u.name).join('|'));
  print(geo.Unit.mm == Unit.mm);
  print(max(3, 9) - min(3, 9));

  dynamic g = Ghost();
  g.color = 'red';
  print(g.color);
  print(g.size);
  print(g.paint(1, 2, brush: 'wide'));
  try {
    Object o = 'str';
    (o as dynamic).fly();
  } on NoSuchMethodError catch (e) {
    print(e.toString().split('\n').first);
  }
}
