// Exhaustiveness sees through extension types: a switch over one is checked with its
// representation type (the extension type erasure).
sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

enum Suit { clubs, hearts }

extension type Figure(Shape shape) {}

extension type Flag(bool value) {}

extension type Card(Suit suit) {}

extension type Id(int value) {}

String figure(Figure f) => switch (f) {
      Circle() => 'circle',
      Square() => 'square',
    };

void flag(Flag? f) {
  switch (f) {
    case true:
      print('on');
    case false:
      print('off');
    case null:
      print('unset');
  }
}

String card(Card c) => switch (c) {
      Suit.clubs => 'clubs',
      Suit.hearts => 'hearts',
    };

// int is not always exhaustive, and neither is an extension type of it.
void id(Id i) {
  switch (i) {
    case 1:
      print('first');
  }
}

void main() {
  print(figure(Figure(Square())));
  flag(Flag(true));
  flag(null);
  print(card(Card(Suit.hearts)));
  id(Id(1));
  id(Id(2));
}
