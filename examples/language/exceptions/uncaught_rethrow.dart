// rethrow keeps the original exception and its stack trace, so the
// unhandled-exception report points at the original throw site.

void parseConfig(String text) {
  if (text.length == 0) {
    throw FormatException('empty config');
  }
  print('parsed $text');
}

void main() {
  parseConfig('a=1');
  try {
    parseConfig('');
  } catch (e) {
    print('logging: $e');
    rethrow;
  } finally {
    print('finally still runs');
  }
}
