enum Suit { clubs, hearts }

sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

String pair(Suit suit, bool open) => switch ((suit, open)) {
      (Suit.clubs, _) => 'clubs',
      (Suit.hearts, true) => 'open hearts',
      (Suit.hearts, false) => 'closed hearts',
    };

String named(Shape shape, bool big) => switch ((shape, big: big)) {
      (Circle(), big: true) => 'big circle',
      (Circle(), big: false) => 'small circle',
      (Square(), :var big) => 'square $big',
    };

void statement(bool a, bool b) {
  switch ((a, b)) {
    case (true, true):
      print('both');
    case (false, _) || (_, false):
      print('not both');
  }
}

void main() {
  print(pair(Suit.clubs, true));
  print(pair(Suit.hearts, false));
  print(named(Circle(), true));
  print(named(Square(), false));
  statement(true, true);
  statement(true, false);
}
