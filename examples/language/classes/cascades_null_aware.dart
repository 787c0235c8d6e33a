// Cascades (`..`) on user objects, including setters and method calls,
// and null-aware member access (`?.`) combined with `??`.

class MutablePoint {
  int x;
  int y;
  MutablePoint(this.x, this.y);

  void moveBy(int dx, int dy) {
    x += dx;
    y += dy;
  }

  String describe() => 'point at $x,$y';
}

class Collector {
  final List<String> parts = [];
  int writes = 0;

  void write(String s) {
    parts.add(s);
    writes++;
  }

  String build() => parts.join();
}

MutablePoint? find(int id) => id == 1 ? MutablePoint(1, 1) : null;

void main() {
  var p = MutablePoint(0, 0)
    ..x = 3
    ..y = 4;
  print(p.describe());
  p
    ..moveBy(1, 1)
    ..moveBy(10, 0);
  print(p.describe());

  var sb = Collector()
    ..write('a')
    ..write('b')
    ..write('c');
  print(sb.build());
  print(sb.writes);
  print((Collector()..write('x')..write('y')).build());

  var result = Collector()..write('ignored');
  print(result.parts);

  print(find(1)?.x);
  print(find(2)?.x);
  print(find(2)?.describe());
  print(find(2)?.x ?? -1);
  print(find(1)?.describe() ?? 'missing');
  find(2)?.moveBy(1, 1);

  MutablePoint? maybe = find(1);
  maybe?.moveBy(5, 5);
  print(maybe?.describe());
  maybe = find(3);
  maybe?.moveBy(5, 5);
  print(maybe?.describe());
  print('done');
}
