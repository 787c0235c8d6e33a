extension StringCase on String {
  String get capitalized => isEmpty ? this : this[0].toUpperCase() + substring(1);
  String shout([String end = '!']) => toUpperCase() + end;
  int get length => 42;
}

class Box {
  final int v;
  Box(this.v);
  String describe() => 'Box($v)';
}

extension BoxExt on Box {
  String describe() => 'extended Box($v)';
  int get doubled => v * 2;
}

void main() {
  print(StringCase('dart').capitalized);
  print(StringCase('hey').shout());
  print(StringCase('hey').shout('?'));
  print('abc'.length);
  print(StringCase('abc').length);
  final b = Box(4);
  print(b.describe());
  print(BoxExt(b).describe());
  print(BoxExt(b).doubled);
  print(b.doubled);
}
