sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

Shape make() => Square();

void main() {
  final shape = make();
  print(switch (shape) {
    Square() => 'square',
  });
}
