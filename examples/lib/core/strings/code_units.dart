// Strings are UTF-16 code units: length, [], codeUnitAt, codeUnits, runes, substring.
void main() {
  lonePairs();
  var s = 'héllo 😀!';
  print(s.length);
  print(s[1]);
  print(s[6] == String.fromCharCode(0xD83D));
  print(s[6].length);
  print(s[6] + s[7]);
  print(s.codeUnitAt(0));
  print(s.codeUnitAt(6));
  print(s.codeUnitAt(7));
  print(s.codeUnits);
  print(s.runes);
  print(s.runes.length);
  print(s.runes.toList());
  print('hi'.runes);
  print(''.runes);
  print('abcdefghijklmnopqrstuvwxyz'.runes);
  for (var r in 'a😀b'.runes) {
    print(r.toRadixString(16));
  }
  print(s.substring(6));
  print(s.substring(0, 5));
  print(s.substring(6, 7).codeUnits);
  print(s.substring(3, 3).isEmpty);
  print('😀'.length);
  print('\u{1F600}' == String.fromCharCodes([0xD83D, 0xDE00]));
  print(''.isEmpty);
  print(' '.isNotEmpty);
  print('abc' == 'ab' + 'c');
  print('abc'.hashCode == ('a' + 'bc').hashCode);
  print('abc' == 'abd');
  print('a' * 5);
  print('ab' * 0);
  print('ab' * -3);
  print('x' + 'y' * 2 + 'z');
  var i = 0;
  var out = '';
  while (i < s.length) {
    out += '${s.codeUnitAt(i)} ';
    i++;
  }
  print(out.trimRight());
  print('compareTo');
  print('a'.compareTo('b'));
  print('b'.compareTo('a'));
  print('abc'.compareTo('abc'));
  print('ab'.compareTo('abc'));
  print('B'.compareTo('a'));
  print('\uFFFF'.compareTo('😀'));
  print(String.fromCharCode(65));
  print(String.fromCharCode(0x1F600));
  print(String.fromCharCode(0x1F600).length);
  print(String.fromCharCodes([72, 105, 0x1F600]));
  print(String.fromCharCodes([97, 98, 99, 100], 1, 3));
  print(String.fromCharCodes('héllo'.runes));
  print(String.fromCharCodes('héllo'.codeUnits, 2));
}

// An unpaired surrogate is written to stdout as U+FFFD, as Dart's UTF-8 encoder does.
void lonePairs() {
  final smiley = String.fromCharCode(0x1F600);
  print(smiley.split(''));
  print('${smiley.substring(0, 1)}|${smiley.substring(1)}|$smiley');
}
