// FormatException.toString as in the Dart VM: the offending line of the source with a caret,
// line numbers for multi-line sources, and "..." around long lines.
void main() {
  print(FormatException('bad', 'line1\nline2 with error', 8));
  print(FormatException('long', 'a' * 100, 90));
  print(FormatException('long', 'b' * 100, 3));
  print(FormatException('middle', 'c' * 200, 100));
  print(FormatException('m', 12, 3));
  print(FormatException());
  print(FormatException('m', 'abc', 5));
  print(FormatException('', 'abc', 1));
  print(FormatException('crlf', 'a\r\nb', 3));
  print(FormatException('no offset', 'x' * 80));
  var e = FormatException('msg', 'src', 1);
  print('${e.message} ${e.source} ${e.offset}');
  try {
    int.parse('1' * 40 + 'x' + '1' * 60);
  } on FormatException catch (e) {
    print(e.offset);
    print(e);
  }
}
