// StringBuffer: write, writeln, writeAll, writeCharCode, length, isEmpty, clear, toString.
class Point {
  final int x, y;
  Point(this.x, this.y);
  @override
  String toString() => 'Point($x, $y)';
}

void main() {
  var sb = StringBuffer();
  print(sb.isEmpty);
  print(sb.length);
  sb.write('a');
  sb.write(1);
  sb.write(2.5);
  sb.write(null);
  sb.write(true);
  sb.write([1, 2]);
  sb.write(Point(3, 4));
  print(sb);
  print(sb.length);
  print(sb.isNotEmpty);
  sb.writeln();
  sb.writeln('line');
  sb.writeln(null);
  sb.writeAll([1, 'two', 3.0]);
  sb.write('|');
  sb.writeAll(['x', 'y', 'z'], ', ');
  sb.write('|');
  sb.writeAll({'k': 1}.keys, '-');
  sb.writeCharCode(65);
  sb.writeCharCode(0x1F600);
  sb.writeCharCode(0xE9);
  print(sb.toString());
  print(sb.length);
  var s = sb.toString();
  print(s.length == sb.length);
  sb.clear();
  print(sb.isEmpty);
  print('[$sb]');
  var init = StringBuffer('start:');
  init.write(42);
  print(init);
  var table = StringBuffer();
  for (var i = 1; i <= 3; i++) {
    table.write('$i'.padLeft(3));
    table.write(' | ');
    table.writeln((i * i).toString().padLeft(2, '0'));
  }
  print(table.toString().trimRight());
  try {
    sb.writeCharCode(-1);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    sb.writeCharCode(0x110000);
  } on RangeError catch (e) {
    print(e);
  }
}
