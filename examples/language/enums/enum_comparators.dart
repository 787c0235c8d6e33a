// Enum.compareByIndex and Enum.compareByName, called and torn off as comparators.
enum Planet { mercury, venus, earth, mars, jupiter }

enum Size {
  small(1),
  large(10),
  medium(5);

  const Size(this.weight);
  final int weight;
}

void main() {
  print(Enum.compareByIndex(Planet.earth, Planet.venus));
  print(Enum.compareByIndex(Planet.mercury, Planet.jupiter));
  print(Enum.compareByIndex(Planet.mars, Planet.mars));
  print(Enum.compareByName(Planet.earth, Planet.venus));
  print(Enum.compareByName(Planet.venus, Planet.earth));
  print(Enum.compareByName(Size.small, Size.small));

  final byName = Planet.values.toList()..sort(Enum.compareByName);
  print(byName);
  final shuffled = [Planet.jupiter, Planet.earth, Planet.mercury, Planet.mars];
  shuffled.sort(Enum.compareByIndex);
  print(shuffled.map((p) => p.name).join(' < '));

  final sizes = [...Size.values]..sort(Enum.compareByName);
  print(sizes.map((s) => '${s.name}:${s.weight}').toList());
  sizes.sort((a, b) => b.weight.compareTo(a.weight));
  print(sizes);
  print(Size.values.reduce((a, b) => Enum.compareByIndex(a, b) >= 0 ? a : b));
}
