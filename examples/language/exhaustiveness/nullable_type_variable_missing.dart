enum Suit { clubs, hearts }

class Holder<T extends Suit> {
  final T? suit;
  Holder(this.suit);

  void show() {
    switch (suit) {
      case Suit.clubs:
        print('clubs');
      case Suit.hearts:
        print('hearts');
    }
  }
}

void main() {
  Holder(Suit.clubs).show();
}
