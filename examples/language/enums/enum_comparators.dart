// Enum.compareByIndex and Enum.compareByName sort enum values (torn off or called).
enum Priority { low, medium, high, critical }

enum Fruit implements Comparable<Fruit> {
  cherry(3),
  apple(1),
  banana(2);

  final int rank;
  const Fruit(this.rank);
  @override
  int compareTo(Fruit other) => rank - other.rank;
}

void main() {
  final ps = [Priority.high, Priority.low, Priority.critical, Priority.medium];
  print(([...ps]..sort(Enum.compareByIndex)).map((p) => p.name).join(' < '));
  print(([...ps]..sort(Enum.compareByName)).map((p) => p.name).join(' < '));
  print(Enum.compareByIndex(Priority.low, Priority.high));
  print(Enum.compareByName(Priority.low, Priority.high).sign);
  final fruits = [...Fruit.values];
  print(fruits..sort());
  print(fruits..sort(Enum.compareByIndex));
  print(fruits..sort(Enum.compareByName));
  print(Fruit.values.map((f) => f.index));
}
