sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

void main() {
  String Function(Shape) name = (s) => switch (s) {
        Circle() => 'circle',
      };
  print(name(Circle()));
}
