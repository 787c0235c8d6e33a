// LinkedHashMap and LinkedHashSet with equals/hashCode/isValidKey functions, and their
// identity variants: insertion order, keys compared through the given functions.
import 'dart:collection';

class Point {
  final int x, y;
  Point(this.x, this.y);
  String toString() => '($x, $y)';
}

void main() {
  var byLower = LinkedHashMap<String, int>(
      equals: (a, b) => a.toLowerCase() == b.toLowerCase(), hashCode: (s) => s.toLowerCase().hashCode);
  byLower['Apple'] = 1;
  byLower['banana'] = 2;
  byLower['APPLE'] = 3;
  byLower['Cherry'] = 4;
  print(byLower);
  print(byLower['apple']);
  print(byLower.containsKey('BANANA'));
  print(byLower.remove('cherry'));
  print(byLower.keys.toList());

  var calls = <String>[];
  var guarded = LinkedHashMap<Object, String>(
      equals: (a, b) => a == b,
      hashCode: (k) => k.hashCode,
      isValidKey: (k) {
        calls.add('valid $k');
        return k is int;
      });
  guarded[1] = 'one';
  guarded[2] = 'two';
  print(guarded['x']);
  print(guarded.containsKey(2));
  print(guarded.remove('y'));
  print(guarded);
  print(calls);

  var points = LinkedHashSet<Point>(equals: (a, b) => a.x == b.x && a.y == b.y, hashCode: (p) => p.x * 31 + p.y);
  points.add(Point(1, 2));
  points.add(Point(3, 4));
  print(points.add(Point(1, 2)));
  print(points);
  print(points.contains(Point(3, 4)));
  print(points.lookup(Point(3, 4)));
  print(points.remove(Point(1, 2)));
  print(points.length);

  var onlyEquals = LinkedHashSet<int>(equals: (a, b) => a % 10 == b % 10, hashCode: (a) => a % 10);
  onlyEquals.addAll([1, 11, 2, 21, 12, 3]);
  print(onlyEquals);

  var p = Point(0, 0);
  var identityMap = LinkedHashMap<Point, int>.identity();
  identityMap[p] = 1;
  identityMap[Point(0, 0)] = 2;
  identityMap[p] = 3;
  print(identityMap.length);
  print(identityMap[p]);
  var identitySet = LinkedHashSet<Point>.identity()..add(p)..add(p)..add(Point(0, 0));
  print(identitySet.length);
}
