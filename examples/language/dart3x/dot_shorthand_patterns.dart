// Dot shorthands inside record, list, map and object patterns: each subpattern's context is
// the static type of the part of the value it matches.
enum Color { red, green, blue }

class Pixel {
  final Color color;
  final int x;
  const Pixel(this.color, this.x);
}

String pair(Color a, Color b) => switch ((a, b)) {
      (.red, .red) => 'both red',
      (.red, _) => 'first red',
      (_, .blue) => 'second blue',
      _ => 'other',
    };

String named(({Color fg, Color bg}) style) => switch (style) {
      (fg: .red, bg: .green) => 'red on green',
      (fg: _, bg: .blue) => 'on blue',
      _ => 'other',
    };

String head(List<Color> colors) => switch (colors) {
      [.red, ...] => 'starts red',
      [..., .blue] => 'ends blue',
      [] => 'empty',
      _ => 'other',
    };

String pixel(Object o) => switch (o) {
      Pixel(color: .red) => 'red pixel',
      Pixel(color: .green || .blue, x: > 2) => 'far cool pixel',
      Pixel() => 'other pixel',
      _ => 'not a pixel',
    };

void main() {
  print(pair(Color.red, Color.red));
  print(pair(Color.red, Color.green));
  print(pair(Color.green, Color.blue));
  print(pair(Color.green, Color.green));
  print(named((fg: Color.red, bg: Color.green)));
  print(named((fg: Color.green, bg: Color.blue)));
  print(named((fg: Color.blue, bg: Color.red)));
  print(head([Color.red, Color.blue]));
  print(head([Color.green, Color.blue]));
  print(head([]));
  print(head([Color.green]));
  print(pixel(const Pixel(Color.red, 0)));
  print(pixel(const Pixel(Color.blue, 3)));
  print(pixel(const Pixel(Color.blue, 1)));
  print(pixel('x'));
  var p = const Pixel(Color.green, 1);
  if (p case Pixel(color: .green)) print('if-case green pixel');
  Color b = .blue;
  var rec = (b, 1);
  if (rec case (.blue, var n)) print('if-case blue $n');
  List<Color> list = [Color.red, Color.green];
  if (list case [_, .green]) print('if-case list');
  Color start = .red;
  List<Color> more = [Color.red];
  switch ((start, more)) {
    case (.red, [.red, ...]):
      print('nested');
    default:
      print('no');
  }
  Map<String, Color> m = {'a': Color.blue};
  if (m case {'a': .blue}) print('map blue');
  var (Color first, _) = (Color.green, 2);
  print(first);
}
