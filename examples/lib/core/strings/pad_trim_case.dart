// padLeft/padRight, trim with Dart's whitespace set, and case mapping.
void show(String s) => print('[$s]');

void main() {
  show('7'.padLeft(3, '0'));
  show('7'.padLeft(3));
  show('1234'.padLeft(3, '0'));
  show('7'.padRight(4, 'ab'));
  show('7'.padLeft(4, ''));
  show('7'.padLeft(-1, '0'));
  show(''.padRight(2, '-'));

  show('  hello  '.trim());
  show('  hello  '.trimLeft());
  show('  hello  '.trimRight());
  show('\t\n\r\v\f x \u00a0\u0085'.trim());
  show('\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeffx\ufeff'.trim());
  // U+180E (Mongolian vowel separator) and U+200B (zero width space) are not whitespace in Dart.
  print('\u180ex\u200b'.trim().length);
  // Other control characters are not whitespace either.
  print('\u0000x\u001f'.trim().length);
  show('   '.trim());
  show(''.trim());
  show('x'.trimLeft());

  print('Hello, World!'.toUpperCase());
  print('Hello, World!'.toLowerCase());
  print('ÀÉÎõü'.toLowerCase());
  print('àéîÕÜ'.toUpperCase());
  print('ΑΒΓ δεζ'.toLowerCase());
  print('привет'.toUpperCase());
  print('123 _!'.toUpperCase());
  var s = 'same';
  print(identical(s.toLowerCase(), s) || s.toLowerCase() == s);
}
