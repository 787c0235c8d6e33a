sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

void main() {
  var shapes = [Circle(), Square()];
  for (var shape in shapes) {
    print(switch (shape) {
      Square() => 'square',
    });
  }
}
