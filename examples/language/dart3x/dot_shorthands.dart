// Dart 3.10 dot shorthands: `.name` is a static member or constructor of the context type.
enum Color {
  red,
  green,
  blue;

  static Color get favourite => blue;
  static Color named(String name) => values.byName(name);
}

class Point {
  final int x, y;
  const Point(this.x, this.y);
  const Point.origin() : x = 0, y = 0;
  factory Point.diagonal(int v) => Point(v, v);
  static Point parse(String s) => Point(int.parse(s), 0);
  static const Point unit = Point(1, 1);
  Point moved(int d) => Point(x + d, y + d);
  @override
  String toString() => 'Point($x, $y)';
}

void show(Color c, {Point at = const .origin()}) => print('$c at $at');

Color pick() => .green;

Color pickBlock() {
  return .blue;
}

String letter(Color c) => switch (c) {
      .red => 'R',
      .green => 'G',
      .blue => 'B',
    };

Future<Color> later() async => .green;

Color choose(bool first) => first ? .red : .blue;

class Swatch {
  final Color color;
  Swatch(this.color);
  Swatch.named({required this.color});
}

Future<Point> laterPoint() async {
  return .diagonal(2);
}

class Palette {
  Color main = .red;
  void next() {
    main = .named('green');
  }
}

void main() async {
  Color c = .red;
  print(c);
  show(.green);
  show(.blue, at: .diagonal(3));
  print(pick());
  print(pickBlock());
  c = .favourite;
  print(c);
  print(c == .blue);
  print(c != .blue);
  Color? maybe = .green;
  print(maybe);
  List<Color> colors = [.red, .blue];
  print(colors);
  print(<String, Color>{'sky': .blue});
  print(letter(.green));
  switch (c) {
    case .red:
      print('red');
    case .green || .blue:
      print('green or blue');
  }
  if (c case .blue) print('if-case blue');
  print(switch (c) { == .blue => 'is blue', _ => 'other' });

  Point p = .new(1, 2);
  print(p);
  Point q = .parse('5').moved(1);
  print(q);
  Point u = .unit;
  print(u);
  const Point o = .origin();
  print(identical(o, const Point.origin()));
  var palette = Palette();
  palette.next();
  print(palette.main);

  int n = .parse('42');
  print(n + 1);
  Duration d = .zero;
  print(d);
  Duration m = .new(minutes: 2);
  print(m.inSeconds);
  String s = .fromCharCodes([104, 105]);
  print(s);
  print(await later());
  print(await laterPoint());
  print(choose(false));
  bool flag = true;
  Color picked = flag ? .green : .red;
  print(picked);
  Color? none;
  Color fallback = none ?? .blue;
  print(fallback);
  print(Swatch(.green).color);
  print(Swatch.named(color: .red).color);
}
