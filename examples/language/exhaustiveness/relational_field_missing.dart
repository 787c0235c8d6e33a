sealed class Shape {}

class Circle extends Shape {
  final double radius;
  Circle(this.radius);
}

class Square extends Shape {}

String describe(Shape shape) => switch (shape) {
      Circle(radius: > 0) => 'round',
      Square() => 'square',
    };

void main() {
  print(describe(Square()));
}
