sealed class Shape {}

class Circle extends Shape {
  final double r;
  Circle(this.r);
}

class Square extends Shape {
  final double side;
  Square(this.side);
}

void main() {
  final scale = 2.0;
  final shapes = [Circle(1), Square(3), Circle(0.5)];
  final painters = [
    for (final s in shapes)
      switch (s) {
        Circle(:final r) => () => 'circle ${r * scale}',
        Square(side: final a) when a > 2 => () => 'big square ${a * scale}',
        Square(side: final a) => () => 'square $a',
      }
  ];
  for (final p in painters) {
    print(p());
  }
  final captured = <int Function()>[];
  for (var i = 0; i < 3; i++) {
    captured.add(switch ((i, i * i)) {
      (final a, final b) when a.isEven => () => a + b + i,
      (_, final b) => () => -b,
    });
  }
  print(captured.map((f) => f()).toList());
}
