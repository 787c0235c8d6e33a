enum Suit { clubs, diamonds, hearts, spades }

void main() {
  Suit suit = Suit.values.first;
  switch (suit) {
    case Suit.clubs:
    case Suit.spades:
      print('black');
    case Suit.diamonds:
      print('red');
  }
}
