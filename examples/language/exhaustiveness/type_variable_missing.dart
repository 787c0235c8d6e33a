sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

String name<S extends Shape>(S shape) => switch (shape) {
      Circle() => 'circle',
    };

void main() {
  print(name(Circle()));
}
