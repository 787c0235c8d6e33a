sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

extension type Figure(Shape shape) {}

String figure(Figure f) => switch (f) {
      Circle() => 'circle',
    };

void main() {
  print(figure(Figure(Circle())));
}
