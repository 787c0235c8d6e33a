// Object.hash/hashAll/hashAllUnordered for value classes, and Map.fromIterables.
class P {
  final int x, y;
  const P(this.x, this.y);
  @override
  bool operator ==(Object o) => o is P && o.x == x && o.y == y;
  @override
  int get hashCode => Object.hash(x, y);
}

void main() {
  print(Object.hash(1, 2) == Object.hash(1, 2));
  print(Object.hash(1, 2) == Object.hash(2, 1));
  print(Object.hash(1, 'a', 2.5) == Object.hash(1, 'a', 2.5));
  print(Object.hashAll([1, 2, 3]) == Object.hashAll([1, 2, 3]));
  print(Object.hashAllUnordered([1, 2, 3]) == Object.hashAllUnordered([3, 1, 2]));
  print({P(1, 2), P(1, 2), P(2, 1)}.length);
  print({P(1, 2): 'a'}[P(1, 2)]);
  print(Map.fromIterables(['a', 'b'], [1, 2]));
  try {
    Map.fromIterables([1], []);
  } on ArgumentError catch (e) {
    print(e);
  }
  print('${null.hashCode} ${true.hashCode} ${false.hashCode}');
}
