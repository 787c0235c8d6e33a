// Map.identity and Set.identity compare keys with identical(), so objects
// that are == but distinct stay apart; ints, doubles and strings behave as
// identical() sees them (1 and 1.0 are different keys).
class Point {
  final int x;
  Point(this.x);
  @override
  bool operator ==(Object other) => other is Point && other.x == x;
  @override
  int get hashCode => x.hashCode;
  @override
  String toString() => 'P$x';
}

void main() {
  var a = Point(1);
  var b = Point(1);
  var normal = <Point, String>{};
  normal[a] = 'a';
  normal[b] = 'b';
  print(normal);

  var byIdentity = Map<Point, String>.identity();
  byIdentity[a] = 'a';
  byIdentity[b] = 'b';
  print(byIdentity);
  print(byIdentity[a]);
  print(byIdentity[Point(1)]);
  print(byIdentity.containsKey(b));
  byIdentity.remove(a);
  print(byIdentity);

  var numbers = Map<Object, String>.identity();
  numbers[1] = 'int';
  numbers[1.0] = 'double';
  numbers['k'] = 'string';
  numbers['k'] = 'again';
  print(numbers);
  print(numbers[1]);

  var set = Set<Point>.identity();
  print(set.add(a));
  print(set.add(b));
  print(set.add(a));
  print(set);
  print(set.contains(Point(1)));
  print(set.contains(b));
  print({a, b});
}
