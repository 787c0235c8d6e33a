// A scrutinee whose type is a type variable is checked as the variable's bound.
sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

enum Suit { clubs, hearts }

String name<S extends Shape>(S shape) => switch (shape) {
      Circle() => 'circle',
      Square() => 'square',
    };

String maybeName<S extends Shape>(S? shape) => switch (shape) {
      Circle() => 'circle',
      Square() => 'square',
      null => 'none',
    };

String sign<N extends num>(N n) => switch (n) {
      int() => 'int $n',
      double() => 'double $n',
    };

class Holder<T extends Suit> {
  final T suit;
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

// An unbounded type variable may be anything: a switch statement need not cover it.
String kind<T>(T value) {
  switch (value) {
    case int():
      return 'int';
  }
  return 'other';
}

void main() {
  print(name(Circle()));
  print(name(Square()));
  print(maybeName<Circle>(null));
  print(maybeName(Square()));
  print(sign(3));
  print(sign(2.5));
  Holder(Suit.hearts).show();
  print(kind(1));
  print(kind('x'));
}
