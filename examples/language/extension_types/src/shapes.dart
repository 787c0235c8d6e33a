sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

enum Suit { clubs, hearts }

extension type Figure(Shape shape) {}

extension type Flag(bool value) {}

extension type Card(Suit suit) {}
