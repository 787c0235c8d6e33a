sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

Shape? find(bool present) => present ? Square() : null;

void main() {
  var found = find(true);
  switch (found) {
    case Circle():
      print('circle');
    case Square():
      print('square');
  }
}
