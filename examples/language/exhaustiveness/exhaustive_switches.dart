// Switches that Dart accepts as exhaustive: sealed hierarchies (also nested), enums, bool,
// null, records of those, object patterns with enum fields, wildcards.
sealed class Shape {}

class Circle extends Shape {
  final double radius;
  Circle(this.radius);
}

class Square extends Shape {
  final double side;
  Square(this.side);
}

sealed class Polygon extends Shape {}

class Triangle extends Polygon {}

class Hexagon extends Polygon {}

enum Suit { clubs, diamonds, hearts, spades }

enum Size { small, large }

class Shirt {
  final Size size;
  final bool striped;
  Shirt(this.size, this.striped);
}

class Card {
  final Suit suit;
  Card(this.suit);
  String get colour => switch (suit) {
        Suit.clubs || Suit.spades => 'black',
        Suit.diamonds || Suit.hearts => 'red',
      };
  String get rank => switch (this.suit) {
        Suit.clubs => 'first',
        _ => 'later',
      };
}

String describe(Shape s) => switch (s) {
      Circle(radius: var r) => 'circle $r',
      Square(:var side) => 'square $side',
      Triangle() => 'triangle',
      Hexagon() => 'hexagon',
    };

String polygonOrNot(Shape s) => switch (s) {
      Polygon() => 'polygon',
      Circle() || Square() => 'round or square',
    };

String color(Suit suit) {
  switch (suit) {
    case Suit.clubs:
    case Suit.spades:
      return 'black';
    case Suit.diamonds || Suit.hearts:
      return 'red';
  }
}

String maybe(Suit? suit) => switch (suit) {
      Suit.clubs => 'clubs',
      null => 'none',
      _ => 'other',
    };

String pair((Size, bool) p) => switch (p) {
      (Size.small, true) => 'small yes',
      (Size.small, false) => 'small no',
      (Size.large, _) => 'large',
    };

String named(({Size size, bool ok}) p) => switch (p) {
      (size: Size.small, ok: true) => 'small ok',
      (size: _, ok: false) => 'not ok',
      (size: Size.large, ok: true) => 'large ok',
    };

String shirt(Shirt s) => switch (s) {
      Shirt(size: Size.small) => 'small shirt',
      Shirt(size: Size.large, striped: true) => 'large striped',
      Shirt(size: Size.large, striped: false) => 'large plain',
    };

String flag(bool b) {
  switch (b) {
    case true:
      return 'on';
    case false:
      return 'off';
  }
}

String guarded(int n) => switch (n) {
      var x when x < 0 => 'negative',
      0 => 'zero',
      _ => 'positive',
    };

void main() {
  for (var s in [Circle(1.5), Square(2.0), Triangle(), Hexagon()]) {
    print('${describe(s)} / ${polygonOrNot(s)}');
  }
  for (var suit in Suit.values) {
    print('${suit.name}: ${color(suit)} ${maybe(suit)}');
  }
  print(maybe(null));
  print(pair((Size.small, true)));
  print(pair((Size.small, false)));
  print(pair((Size.large, true)));
  print(named((size: Size.large, ok: true)));
  print(named((size: Size.small, ok: false)));
  print(shirt(Shirt(Size.small, true)));
  print(shirt(Shirt(Size.large, false)));
  print('${flag(true)} ${flag(false)}');
  print('${guarded(-3)} ${guarded(0)} ${guarded(7)}');
  print('${Card(Suit.hearts).colour} ${Card(Suit.clubs).rank} ${Card(Suit.spades).rank}');
}
