// split, replaceAll, replaceFirst, replaceRange, splitMapJoin and allMatches with String patterns.
void main() {
  print('a,b,c'.split(','));
  print('a,b,,c,'.split(','));
  print(',a'.split(','));
  print('abc'.split(''));
  print('a😀'.split('').length);
  print(''.split(','));
  print(''.split(',').length);
  print(''.split(''));
  print(''.split('').length);
  print('abc'.split('abc'));
  print('a--b----c'.split('--'));
  print('one two  three'.split(' '));
  var parts = 'x:y'.split(':');
  parts.add('z');
  print(parts);

  print('aaa'.replaceAll('a', 'bb'));
  print('aaaa'.replaceAll('aa', 'a'));
  print('abc'.replaceAll('', '-'));
  print(''.replaceAll('', '-'));
  print('abc'.replaceAll('x', '-'));
  print('a.b.c'.replaceAll('.', ''));
  print('aXbXc'.replaceFirst('X', '_'));
  print('aXbXc'.replaceFirst('X', '_', 2));
  print('aXbXc'.replaceFirst('X', '_', 4));
  print('abc'.replaceFirst('', '>'));
  print('abc'.replaceFirst('', '>', 3));
  print('hello'.replaceRange(1, 4, 'ipp'));
  print('hello'.replaceRange(2, null, 'y'));

  print('a-b-c'.splitMapJoin('-', onMatch: (m) => '+', onNonMatch: (n) => n.toUpperCase()));
  print('a-b-c'.splitMapJoin('-', onMatch: (m) => '[${m[0]}@${m.start}]'));
  print('a-b-c'.splitMapJoin('-', onNonMatch: (n) => '<$n>'));
  print('a-b-c'.splitMapJoin('-'));
  print('-a-'.splitMapJoin('-', onNonMatch: (n) => '($n)'));
  print('ab'.splitMapJoin('', onMatch: (m) => '|', onNonMatch: (n) => n));
  print('a😀'.splitMapJoin('', onMatch: (m) => '.', onNonMatch: (n) => '${n.length}'));
  print('x'.splitMapJoin('y', onMatch: (m) => '!', onNonMatch: (n) => '[$n]'));

  for (var m in 'an'.allMatches('banana')) {
    print('${m.start}-${m.end} ${m.group(0)} ${m.input} ${m.pattern} ${m.groupCount}');
  }
  print('an'.allMatches('banana', 2).length);
  print('aa'.allMatches('aaaa').length);
  print(''.allMatches('ab').length);
  print('a' is Pattern);
}
