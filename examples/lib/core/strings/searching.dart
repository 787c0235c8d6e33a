// indexOf, lastIndexOf, contains, startsWith and endsWith with String patterns and start indexes.
void main() {
  var s = 'banana band';
  print(s.indexOf('an'));
  print(s.indexOf('an', 2));
  print(s.indexOf('an', 4));
  print(s.indexOf('an', 6));
  print(s.indexOf('x'));
  print(s.indexOf(''));
  print(s.indexOf('', 5));
  print(s.indexOf('', s.length));
  print(s.lastIndexOf('an'));
  print(s.lastIndexOf('an', 7));
  print(s.lastIndexOf('an', 2));
  print(s.lastIndexOf('an', 0));
  print(s.lastIndexOf('band', 10));
  print(s.lastIndexOf(''));
  print(s.lastIndexOf('', 3));
  print(s.contains('nan'));
  print(s.contains('nan', 3));
  print(s.contains('ban', 1));
  print(s.contains(''));
  print(s.startsWith('ban'));
  print(s.startsWith('ana', 1));
  print(s.startsWith('ana', 2));
  print(s.startsWith('', s.length));
  print(s.endsWith('band'));
  print(s.endsWith('ban'));
  print(s.endsWith(''));
  print(''.indexOf(''));
  print(''.lastIndexOf(''));
  print('😀x😀'.indexOf('x'));
  print('😀x😀'.lastIndexOf('😀'));
}
