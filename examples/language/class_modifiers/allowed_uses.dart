// What the class modifiers allow across libraries: implementing an interface class,
// extending a base class with a base subclass, using the subtypes of a sealed class, and
// exhaustive switches over a sealed hierarchy.
import 'src/restricted.dart';

class Socket implements Plug {
  @override
  String socket() => 'socket';
}

base class Turbo extends Engine {
  @override
  int power() => super.power() * 2;
}

final class Diesel extends Engine {}

sealed class Expr {}

class Num extends Expr {
  final int value;
  Num(this.value);
}

class Add extends Expr {
  final Expr left, right;
  Add(this.left, this.right);
}

int eval(Expr e) => switch (e) {
      Num(:var value) => value,
      Add(:var left, :var right) => eval(left) + eval(right),
    };

abstract interface class Greeter {
  String greet();
}

class English implements Greeter {
  @override
  String greet() => 'hello';
}

void main() {
  print(Socket().socket());
  print(Plug().socket());
  print(Turbo().power());
  print(Diesel().power());
  print(Vault(7).secret);
  Shape s = Circle(2);
  print(s is Circle);
  print(eval(Add(Num(1), Add(Num(2), Num(3)))));
  print(English().greet());
}
