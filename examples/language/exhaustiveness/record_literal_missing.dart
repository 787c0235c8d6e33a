enum Suit { clubs, hearts }

String pair(Suit suit, bool open) => switch ((suit, open)) {
      (Suit.clubs, _) => 'clubs',
      (Suit.hearts, true) => 'open hearts',
    };

void main() {
  print(pair(Suit.clubs, true));
}
