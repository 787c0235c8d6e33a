// Small text utilities: ciphers, anagram groups, templates, wrapping,
// case conversion and a Markdown table formatter.
String caesar(String s, int shift) => String.fromCharCodes(s.codeUnits.map((c) {
      if (c >= 65 && c <= 90) return (c - 65 + shift) % 26 + 65;
      if (c >= 97 && c <= 122) return (c - 97 + shift) % 26 + 97;
      return c;
    }));

bool isPalindrome(String s) {
  final clean = s.toLowerCase().replaceAll(RegExp(r'[^a-z0-9]'), '');
  return clean == clean.split('').reversed.join();
}

String render(String template, Map<String, Object?> values) =>
    template.replaceAllMapped(RegExp(r'\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}'), (m) {
      final value = values[m[1]];
      final filter = m[2];
      final text = value?.toString() ?? '';
      return switch (filter) {
        'upper' => text.toUpperCase(),
        'len' => '${text.length}',
        null => text,
        _ => '?$filter?',
      };
    });

List<String> wrap(String text, int width) {
  final lines = <String>[];
  var current = '';
  for (final word in text.split(RegExp(r'\s+')).where((w) => w.isNotEmpty)) {
    if (current.isEmpty) {
      current = word;
    } else if (current.length + 1 + word.length <= width) {
      current += ' $word';
    } else {
      lines.add(current);
      current = word;
    }
  }
  if (current.isNotEmpty) lines.add(current);
  return lines;
}

String snake(String camel) => camel
    .replaceAllMapped(RegExp(r'([a-z0-9])([A-Z])'), (m) => '${m[1]}_${m[2]}')
    .toLowerCase();

String camel(String snake) {
  final parts = snake.split('_');
  return parts.first + parts.skip(1).map((p) => p.isEmpty ? '' : p[0].toUpperCase() + p.substring(1)).join();
}

String table(List<List<Object>> rows) {
  final widths = List.filled(rows.first.length, 0);
  for (final row in rows) {
    for (var i = 0; i < row.length; i++) {
      widths[i] = [widths[i], '${row[i]}'.length].reduce((a, b) => a > b ? a : b);
    }
  }
  String line(List<Object> row) =>
      '| ${[for (var i = 0; i < row.length; i++) row[i] is num ? '${row[i]}'.padLeft(widths[i]) : '${row[i]}'.padRight(widths[i])].join(' | ')} |';
  return [
    line(rows.first),
    '|${widths.map((w) => '-' * (w + 2)).join('|')}|',
    ...rows.skip(1).map(line),
  ].join('\n');
}

void main() {
  final secret = caesar('Hello, World! xyz', 3);
  print(secret);
  print(caesar(secret, 23));
  for (final s in ['A man, a plan, a canal: Panama', 'Dart', 'No lemon, no melon', '']) {
    print('"$s" ${isPalindrome(s)}');
  }
  final words = ['listen', 'silent', 'enlist', 'google', 'gogole', 'cat', 'act', 'tac', 'dog'];
  final groups = <String, List<String>>{};
  for (final w in words) {
    final key = (w.split('')..sort()).join();
    groups.putIfAbsent(key, () => []).add(w);
  }
  final multi = groups.values.where((g) => g.length > 1).toList()
    ..sort((a, b) => b.length.compareTo(a.length) != 0 ? b.length.compareTo(a.length) : a.first.compareTo(b.first));
  print(multi);
  print(render('Hi {{ name }}, you have {{count}} new {{ what|upper }} ({{name|len}}) {{x|bad}}{{missing}}.',
      {'name': 'Ada', 'count': 3, 'what': 'messages', 'x': null}));
  const lorem = 'Dart is a client-optimized language for fast apps on any platform. '
      'It is developed by Google and is used to build mobile, desktop, server, and web applications.';
  for (final l in wrap(lorem, 28)) {
    print('|${l.padRight(28)}|');
  }
  print(['parseHttpResponse', 'userId', 'HTMLParser', 'value2Go'].map(snake).toList());
  print(['parse_http_response', 'user_id', 'a__b', 'single'].map(camel).toList());
  print(table([
    ['Name', 'Qty', 'Price'],
    ['Apple', 3, 1.5],
    ['Watermelon', 12, 0.25],
    ['Kiwi', 100, 10],
  ]));
  final counts = <String, int>{};
  for (final ch in 'mississippi'.split('')) {
    counts[ch] = (counts[ch] ?? 0) + 1;
  }
  final keys = counts.keys.toList()..sort((a, b) => counts[b]! - counts[a]! != 0 ? counts[b]! - counts[a]! : a.compareTo(b));
  print(keys.map((k) => '$k${counts[k]}').join());
  final rle = RegExp(r'(.)\1*').allMatches('aaabccdddd').map((m) => '${m[0]!.length}${m[1]}').join();
  print(rle);
  print(RegExp(r'(\d+)([a-z])').allMatches(rle).map((m) => m[2]! * int.parse(m[1]!)).join());
  print('Hello'.padLeft(8, '.').padRight(11, '.'));
  print('a-b-c'.split('-').reversed.join('+'));
  print('  x  '.trimLeft().length + '  x  '.trimRight().length);
  print('ABC'.toLowerCase().codeUnits.map((c) => c.toRadixString(2).padLeft(8, '0')).join(' '));
  print('tic-tac-toe'.replaceFirstMapped(RegExp(r't(\w)c'), (m) => 'T${m[1]!.toUpperCase()}C'));
  print('%d items at %s'.splitMapJoin(RegExp(r'%[ds]'), onMatch: (m) => m[0] == '%d' ? '42' : 'noon'));
  print('one,two;three'.split(RegExp(r'[,;]')).map((s) => s[0].toUpperCase() + s.substring(1)).join(' '));
}
