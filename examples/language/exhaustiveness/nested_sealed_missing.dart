sealed class Expr {}

class Literal extends Expr {}

sealed class Binary extends Expr {}

class Plus extends Binary {}

class Times extends Binary {}

int weight(Expr e) {
  switch (e) {
    case Literal():
      return 1;
    case Plus():
      return 2;
  }
}

void main() {
  print(weight(Literal()));
}
