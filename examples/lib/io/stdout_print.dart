import 'dart:io';

class Point {
  final int x, y;
  Point(this.x, this.y);
  String toString() => 'Point($x, $y)';
}

void main() {
  print('print first');
  stdout.write('write ');
  stdout.write(42);
  stdout.write(null);
  stdout.writeln();
  stdout.writeln('writeln');
  print('print again');
  stdout.writeln(Point(1, 2));
  stdout.writeAll(['a', 1, 2.5, Point(3, 4)], ' | ');
  stdout.writeln();
  stdout.writeAll([1, 2, 3]);
  stdout.writeCharCode(0x0A);
  stdout.writeCharCode(0x1F600);
  stdout.writeCharCode(0x0A);
  stdout.add([0x62, 0x79, 0x74, 0x65, 0x73, 0x0A]);
  print(stdout.hasTerminal);
  stderr.writeln('to stderr');
  stderr.write('more stderr\n');
  print('last');
}
