// RegExp (ECMAScript syntax and semantics, as the Dart VM's irregexp) and the String members
// that take a Pattern.

void main() {
  // Construction and flags.
  final date = RegExp(r'(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})');
  print(date.pattern);
  print([date.isMultiLine, date.isCaseSensitive, date.isUnicode, date.isDotAll]);
  final flags = RegExp('x', multiLine: true, caseSensitive: false, unicode: true, dotAll: true);
  print([flags.isMultiLine, flags.isCaseSensitive, flags.isUnicode, flags.isDotAll]);
  print(date is Pattern);
  print(date);

  // hasMatch, firstMatch, stringMatch.
  const text = 'Released 2024-03-15, patched 2024-04-02.';
  print(date.hasMatch(text));
  print(date.hasMatch('no dates here'));
  final m = date.firstMatch(text)!;
  print('${m.start} ${m.end} ${m[0]} ${m.group(0)}');
  print('${m.groupCount} ${m[1]} ${m.group(2)} ${m[3]}');
  print(m.groups([3, 2, 1]));
  print(m.namedGroup('year'));
  print(m.groupNames.toList());
  print(identical(m.pattern, date));
  print(m.input == text);
  print(m);
  print(date.firstMatch('nothing'));
  print(date.stringMatch(text));
  print(date.stringMatch('nothing'));

  // allMatches, with a start index; empty matches advance by one.
  print(date.allMatches(text).map((m) => m.namedGroup('month')).toList());
  print(date.allMatches(text, 20).map((m) => m.start).toList());
  print(RegExp(r'\d+').allMatches('a1b22c333').map((m) => m[0]).toList());
  print(RegExp('').allMatches('abc').map((m) => m.start).toList());
  print(RegExp(r'x*').allMatches('axxb').map((m) => '${m.start}-${m.end}').toList());

  // Optional groups that did not take part are null.
  final opt = RegExp(r'(a)|(b)').firstMatch('b')!;
  print(opt.groups([0, 1, 2]));

  // matchAsPrefix only matches at the given position.
  final word = RegExp(r'[a-z]+');
  print(word.matchAsPrefix('123abc'));
  print(word.matchAsPrefix('123abc', 3)![0]);

  // Flags at work.
  print(RegExp('HELLO', caseSensitive: false).hasMatch('say hello'));
  print(RegExp('HELLO').hasMatch('say hello'));
  print(RegExp(r'^\w+$', multiLine: true).allMatches('one\ntwo\nthree').map((m) => m[0]).toList());
  print(RegExp(r'^\w+$').allMatches('one\ntwo').length);
  print(RegExp('a.c', dotAll: true).hasMatch('a\nc'));
  print(RegExp('a.c').hasMatch('a\nc'));
  print(RegExp(r'^.$', unicode: true).hasMatch('\u{1F600}'));
  print(RegExp(r'^.$').hasMatch('\u{1F600}'));

  // Lookaround and backreferences.
  print(RegExp(r'(?<=\$)\d+').stringMatch('cost: \$42'));
  print(RegExp(r'\d+(?= apples)').stringMatch('7 pears, 12 apples'));
  print(RegExp(r'(\w)\1').allMatches('bookkeeper').map((m) => m[0]).toList());
  print(RegExp(r'(?<q>["\x27])(.*?)\k<q>').firstMatch('say "hi" now')![2]);

  // RegExp.escape.
  print(RegExp.escape('1+1=2? (yes) [a-z] {x} ^\$ a|b c.d \\'));
  print(RegExp(RegExp.escape('a.b')).hasMatch('axb'));

  // String members with a RegExp pattern.
  print('one, two,three ,  four'.split(RegExp(r'\s*,\s*')));
  print('abc'.split(RegExp('')));
  print(''.split(RegExp('')));
  print('a,b,,c,'.split(RegExp(',')));
  print('a1b2c3'.replaceAll(RegExp(r'\d'), r'<$0>'));
  print('a1b2c3'.replaceFirst(RegExp(r'\d'), '#'));
  print('a1b2c3'.replaceFirst(RegExp(r'\d'), '#', 2));
  print('a1b2c3'.replaceAllMapped(RegExp(r'\d'), (m) => '${int.parse(m[0]!) * 2}'));
  print('hello world'.replaceFirstMapped(RegExp(r'\b\w'), (m) => m[0]!.toUpperCase()));
  print('hello world'.replaceFirstMapped(RegExp(r'\b\w'), (m) => m[0]!.toUpperCase(), 1));
  print('hello big world'.replaceAllMapped(RegExp(r'\b\w'), (m) => m[0]!.toUpperCase()));
  print('abc123'.contains(RegExp(r'\d')));
  print('abc'.contains(RegExp(r'\d')));
  print('abc123'.startsWith(RegExp(r'[a-c]+')));
  print('abc123'.startsWith(RegExp(r'\d')));
  print('abc123'.startsWith(RegExp(r'\d'), 3));
  print('abc123abc'.indexOf(RegExp('b')));
  print('abc123abc'.indexOf(RegExp('b'), 2));
  print('abc123abc'.indexOf(RegExp('z')));
  print('abc123abc'.lastIndexOf(RegExp('b')));
  print('abc123abc'.lastIndexOf(RegExp('b'), 6));
  print('a1b22c'.splitMapJoin(RegExp(r'\d+'), onMatch: (m) => '(${m[0]})', onNonMatch: (s) => s.toUpperCase()));
  print('a1b22c'.splitMapJoin(RegExp(r'\d+')));

  // String patterns with the mapped replacements.
  print('hello'.replaceAllMapped('l', (m) => 'L${m.start}'));
  print('xx'.replaceAllMapped('', (m) => '-'));
  print('hello'.replaceFirstMapped('l', (m) => '[${m[0]}]'));

  // Errors.
  try {
    RegExp('(ab');
  } on FormatException catch (e) {
    print(e);
  }
  try {
    m.group(4);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    m.namedGroup('hour');
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    date.allMatches('abc', 5);
  } on RangeError catch (e) {
    print(e);
  }
}
