// Const constructors and canonicalization of constant instances, static
// const fields, and identity-based equality for classes without ==.

class Rgb {
  final int r;
  final int g;
  final int b;
  const Rgb(this.r, this.g, this.b);

  static const Rgb black = Rgb(0, 0, 0);
  static const Rgb white = Rgb(255, 255, 255);

  String toString() => 'rgb($r, $g, $b)';
}

class Pair {
  final Object first;
  final Object second;
  const Pair(this.first, this.second);
}

class Token {
  final String text;
  Token(this.text);
}

const Rgb red = Rgb(255, 0, 0);

void main() {
  print(identical(const Rgb(1, 2, 3), const Rgb(1, 2, 3)));
  print(identical(Rgb(1, 2, 3), Rgb(1, 2, 3)));
  print(identical(const Rgb(1, 2, 3), const Rgb(3, 2, 1)));
  print(identical(Rgb.black, const Rgb(0, 0, 0)));
  print(identical(red, const Rgb(255, 0, 0)));
  print(Rgb.white);
  print([Rgb.black, red]);

  // Without an == override, equality is identity.
  print(const Rgb(9, 9, 9) == const Rgb(9, 9, 9));
  print(Rgb(9, 9, 9) == Rgb(9, 9, 9));

  // Nested constants are canonicalized too.
  const p1 = Pair(Rgb(1, 1, 1), 'x');
  const p2 = Pair(Rgb(1, 1, 1), 'x');
  print(identical(p1, p2));
  print(identical(p1.first, const Rgb(1, 1, 1)));

  var t1 = Token('a');
  var t2 = Token('a');
  var t3 = t1;
  print(t1 == t2);
  print(t1 == t3);
  print(t1 != t2);
  print(identical(t1, t3));

  var tokens = [t1, t2];
  print(tokens.contains(t2));
  print(tokens.contains(Token('a')));
  print(tokens.indexOf(t2));

  var seen = <Token, int>{};
  seen[t1] = 1;
  seen[t2] = 2;
  seen[t3] = 3;
  print(seen.length);
  print(seen[t1]);
  print(seen[t2]);
  print(seen.containsKey(Token('a')));
}
