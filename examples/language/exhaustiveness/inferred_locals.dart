sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

Shape make(bool round) => round ? Circle() : Square();

void main() {
  final shape = make(true);
  print(switch (shape) {
    Circle() => 'circle',
    Square() => 'square',
  });
  var count = 3;
  // int is not always exhaustive: a switch statement need not cover it.
  switch (count) {
    case 1:
      print('one');
  }
  var big = count > 2;
  print(switch (big) {
    true => 'big',
    false => 'small',
  });
}
