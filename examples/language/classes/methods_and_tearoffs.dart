// Methods and `this`, default toString, runtimeType, closures stored in
// fields, and method tear-offs (instance and static).

class Plain {}

class MutablePoint {
  int x;
  int y;
  MutablePoint(this.x, this.y);

  void moveBy(int dx, int dy) {
    x += dx;
    this.y += dy;
  }

  MutablePoint setX(int x) {
    this.x = x;
    return this;
  }

  String describe() => 'point at $x,$y';
}

class Button {
  final String label;
  void Function(String) onClick;
  int Function(int) transform;
  Button(this.label, this.onClick, this.transform);

  void click() => onClick(label);
}

class Accumulator {
  int total = 0;
  void add(int n) {
    total += n;
  }
}

class MathUtil {
  static int square(int n) => n * n;
}

void main() {
  var plain = Plain();
  print(plain);
  print('value: $plain');
  print([plain, Plain()]);
  print(plain.runtimeType);

  var p = MutablePoint(3, 4);
  print(p.describe());
  p.moveBy(1, -1);
  print(p.describe());
  print(p.setX(10).describe());
  print(p.runtimeType);

  var clicks = <String>[];
  var button = Button('ok', (label) => clicks.add(label), (n) => n + 1);
  button.click();
  button.click();
  print(clicks);
  print(button.transform(3));
  button.transform = (n) => n * 10;
  print(button.transform(3));
  button.onClick = (label) => print('clicked $label');
  button.click();

  var describe = p.describe;
  p.x = 99;
  print(describe());
  var sq = MathUtil.square;
  print(sq(7));

  var acc = Accumulator();
  [4, 5, 6].forEach(acc.add);
  print(acc.total);
  var adder = acc.add;
  adder(100);
  print(acc.total);
}
