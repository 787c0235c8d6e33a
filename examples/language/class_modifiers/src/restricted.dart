// Classes with modifiers, used from the other programs of this folder.

final class Vault {
  final int secret;
  Vault(this.secret);
}

interface class Plug {
  String socket() => 'plug';
}

base class Engine {
  int power() => 100;
}

sealed class Shape {}

class Circle extends Shape {
  final double r;
  Circle(this.r);
}
