// Switch-expression pattern variables captured by closures, and names that closures
// elsewhere in the function happen to use.
sealed class Shape {}

class Circle extends Shape {
  final double radius;
  Circle(this.radius);
}

class Square extends Shape {
  final double side;
  Square(this.side);
}

void main() {
  final shapes = [Circle(1), Square(2), Circle(3)];
  print(shapes.map((s) => s is Circle ? s.radius : 0).toList());
  final describers = <String Function()>[];
  for (final s in shapes) {
    final area = switch (s) {
      Circle(:final radius) when radius > 2 => () => 'big circle r=$radius',
      Circle(:final radius) => () => 'circle r=$radius',
      Square(:final side) => () => 'square ${side * side}',
    };
    describers.add(area);
  }
  print(describers.map((d) => d()).join('; '));
  var counter = 0;
  final next = () => ++counter;
  final label = switch (next()) {
    1 => 'one',
    final n => 'n=$n',
  };
  print('$label $counter');
  final adders = [for (final x in [1, 2, 3]) switch (x) { final v => (int y) => v + y }];
  print(adders.map((f) => f(10)).toList());
}
