sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

class Triangle implements Shape {}

String describe(Shape shape) => switch (shape) {
      Circle() => 'circle',
      Triangle() => 'triangle',
    };

void main() {
  print(describe(Circle()));
}
