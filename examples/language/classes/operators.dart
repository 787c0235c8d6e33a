// User-defined operators, == and hashCode overrides used by collections,
// and toString used by print, interpolation and collection printing.

class Vec {
  final int x;
  final int y;
  const Vec(this.x, this.y);

  Vec operator +(Vec other) => Vec(x + other.x, y + other.y);
  Vec operator -(Vec other) => Vec(x - other.x, y - other.y);
  Vec operator -() => Vec(-x, -y);
  Vec operator *(int factor) => Vec(x * factor, y * factor);
  bool operator <(Vec other) => lengthSquared < other.lengthSquared;
  int operator [](int i) => i == 0 ? x : y;

  int get lengthSquared => x * x + y * y;

  @override
  bool operator ==(Object other) =>
      other is Vec && other.x == x && other.y == y;

  @override
  int get hashCode => x * 1000 + y;

  @override
  String toString() => 'Vec($x, $y)';
}

class Grid {
  final int width;
  final List<int> cells;
  Grid(this.width, int height) : cells = List.filled(width * height, 0);

  int operator [](int i) => cells[i];
  void operator []=(int i, int value) {
    print('set cell $i to $value');
    cells[i] = value;
  }
}

void main() {
  var a = Vec(1, 2);
  var b = Vec(3, 5);
  print(a + b);
  print(b - a);
  print(-a);
  print(a * 3);
  print(a < b);
  print(b < a);
  print('${a[0]} ${a[1]}');
  print('a is $a and b is $b');

  var c = a;
  c += b;
  c = c * 2;
  print(c);
  print(a);

  print(Vec(1, 2) == a);
  print(Vec(1, 2) != a);
  print(a == b);
  print(identical(Vec(1, 2), a));

  var list = [Vec(0, 0), Vec(1, 2), Vec(3, 5)];
  print(list);
  print(list.contains(Vec(3, 5)));
  print(list.indexOf(Vec(1, 2)));
  print(list.indexOf(Vec(9, 9)));

  var names = <Vec, String>{};
  names[Vec(1, 2)] = 'first';
  names[Vec(3, 5)] = 'second';
  names[Vec(1, 2)] = 'replaced';
  print(names.length);
  print(names[a]);
  print(names.containsKey(Vec(3, 5)));
  print(names);

  var g = Grid(2, 2);
  g[1] = 7;
  g[1] += 5;
  g[3]++;
  print(g[1]);
  print(g.cells);
}
