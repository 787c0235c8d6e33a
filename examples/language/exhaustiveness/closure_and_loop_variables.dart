// Untyped closure parameters get their type from the closure's context, and for-in loop
// variables from the iterable: switches over them are checked with those types.
sealed class Shape {}

class Circle extends Shape {
  final double radius;
  Circle(this.radius);
}

class Square extends Shape {
  final double side;
  Square(this.side);
}

enum Suit { clubs, hearts }

void each<T>(List<T> values, void Function(T) action) {
  for (var value in values) {
    action(value);
  }
}

void main() {
  List<Shape> shapes = [Circle(1.0), Square(2.0)];
  print(shapes.map((s) => switch (s) {
        Circle(:var radius) => 'circle $radius',
        Square(:var side) => 'square $side',
      }).toList());
  shapes.forEach((shape) {
    switch (shape) {
      case Circle():
        print('forEach circle');
      case Square():
        print('forEach square');
    }
  });
  print(shapes.where((s) => switch (s) { Circle() => true, Square() => false }).length);
  each(shapes, (s) {
    switch (s) {
      case Circle():
        print('each circle');
      case Square():
        print('each square');
    }
  });

  for (var shape in shapes) {
    print(switch (shape) {
      Circle() => 'loop circle',
      Square() => 'loop square',
    });
  }
  var suits = Suit.values;
  for (final suit in suits) {
    switch (suit) {
      case Suit.clubs:
        print('clubs');
      case Suit.hearts:
        print('hearts');
    }
  }
  var flags = [true, false];
  for (var flag in flags) {
    print(switch (flag) { true => 'yes', false => 'no' });
  }
  var maybeShapes = [Circle(3.0), null];
  for (var shape in maybeShapes) {
    print(switch (shape) {
      Circle(:var radius) => 'maybe circle $radius',
      null => 'no shape',
    });
  }
}
