// Enums with mixins: the mixins' members (also ones constrained `on Enum`) are the enum's.
mixin Describe {
  String get tag => '<${toString()}>';
  String shout(String s) => '${s.toUpperCase()}!';
}

mixin Ordered on Enum {
  bool isBefore(Ordered other) => index < other.index;
  String get position => '$name#$index';
}

enum Priority with Describe, Ordered implements Comparable<Priority> {
  low,
  medium,
  high;

  @override
  int compareTo(Priority other) => index - other.index;
  bool operator >(Priority other) => compareTo(other) > 0;
}

enum Planet with Describe {
  mercury(0.39),
  earth(1.0);

  const Planet(this.au);
  final double au;
}

void main() {
  print(Priority.medium.tag);
  print(Priority.high.shout('urgent'));
  print(Priority.low.isBefore(Priority.high));
  print(Priority.high.position);
  print(Priority.high > Priority.low);
  print([Priority.high, Priority.low, Priority.medium]..sort());
  print(Priority.low is Describe && Priority.low is Ordered && Priority.low is Enum);
  print(Planet.earth.tag);
  print(Planet.values.map((p) => '${p.name}:${p.au}').join(' '));
  print(Planet.mercury is Describe);
  print(Planet.mercury is Ordered);
}
