// The Dart VM's RangeError texts for string indexing and slicing.
void tryIt(String label, Object? Function() f) {
  try {
    print('$label: ${f()}');
  } on RangeError catch (e) {
    print('$label: $e');
  }
}

void main() {
  var s = 'abc';
  tryIt('s[3]', () => s[3]);
  tryIt('s[-1]', () => s[-1]);
  tryIt('""[0]', () => ''[0]);
  tryIt('"a"[1]', () => 'a'[1]);
  tryIt('codeUnitAt(3)', () => s.codeUnitAt(3));
  tryIt('codeUnitAt(-2)', () => s.codeUnitAt(-2));
  tryIt('substring(4)', () => s.substring(4));
  tryIt('substring(-1)', () => s.substring(-1));
  tryIt('substring(2, 1)', () => s.substring(2, 1));
  tryIt('substring(1, 4)', () => s.substring(1, 4));
  tryIt('substring(3, 4)', () => s.substring(3, 4));
  tryIt('"".substring(1)', () => ''.substring(1));
  tryIt('substring(3)', () => s.substring(3));
  tryIt('indexOf start 4', () => s.indexOf('a', 4));
  tryIt('indexOf start -1', () => s.indexOf('a', -1));
  tryIt('lastIndexOf start 4', () => s.lastIndexOf('a', 4));
  tryIt('contains start 4', () => s.contains('a', 4));
  tryIt('startsWith index 4', () => s.startsWith('a', 4));
  tryIt('replaceFirst start 4', () => s.replaceFirst('a', 'b', 4));
  tryIt('replaceRange(2, 1)', () => s.replaceRange(2, 1, 'x'));
  tryIt('fromCharCode(-1)', () => String.fromCharCode(-1));
  tryIt('fromCharCode(0x110000)', () => String.fromCharCode(0x110000));
  tryIt('fromCharCodes end 5', () => String.fromCharCodes([65, 66], 0, 5));
  tryIt('allMatches start 9', () => 'a'.allMatches(s, 9));
  tryIt('s[2]', () => s[2]);
}
