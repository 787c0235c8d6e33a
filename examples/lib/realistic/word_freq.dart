// Word frequency report: Map counting, sort by count then alphabetically,
// RegExp with groups, splitMapJoin, padLeft tables, StringBuffer.
const text = '''
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away! Quick, quick: a fox is never lazy. Dog-days are over.
''';

class WordStat implements Comparable<WordStat> {
  final String word;
  int count = 0;
  final List<int> lines = [];
  WordStat(this.word);

  @override
  int compareTo(WordStat other) {
    final byCount = other.count.compareTo(count);
    return byCount != 0 ? byCount : word.compareTo(other.word);
  }

  @override
  String toString() => '$word($count)';
}

void main() {
  final stats = <String, WordStat>{};
  final wordRe = RegExp(r"[A-Za-z]+(?:-[A-Za-z]+)*");
  final lines = text.trim().split('\n');
  for (var i = 0; i < lines.length; i++) {
    for (final m in wordRe.allMatches(lines[i])) {
      final w = m.group(0)!.toLowerCase();
      final s = stats.putIfAbsent(w, () => WordStat(w));
      s.count++;
      if (!s.lines.contains(i + 1)) s.lines.add(i + 1);
    }
  }
  final sorted = stats.values.toList()..sort();
  print('Distinct words: ${stats.length}');
  print('Total words: ${stats.values.fold<int>(0, (a, s) => a + s.count)}');
  final width = sorted.map((s) => s.word.length).reduce((a, b) => a > b ? a : b);
  final sb = StringBuffer();
  sb.writeln('${'word'.padRight(width)} | count | lines');
  sb.writeln('${'-' * width}-+-------+------');
  for (final s in sorted.take(6)) {
    sb
      ..write(s.word.padRight(width))
      ..write(' | ')
      ..write(s.count.toString().padLeft(5))
      ..write(' | ')
      ..writeln(s.lines.join(','));
  }
  stdoutWrite(sb.toString());
  print(sorted.where((s) => s.count == 1).toList());

  // Capitalize every word with splitMapJoin.
  final title = 'the lord of the rings'.splitMapJoin(RegExp(r'\w+'),
      onMatch: (m) => m[0]![0].toUpperCase() + m[0]!.substring(1),
      onNonMatch: (n) => n.isEmpty ? '' : '_');
  print(title);

  // Named groups: parse key=value pairs.
  final kv = RegExp(r'(?<key>\w+)\s*=\s*(?<value>"[^"]*"|\d+)');
  const config = 'name = "dartj" version=3 mode= "fast" bad== x';
  for (final m in kv.allMatches(config)) {
    print('${m.namedGroup('key')} -> ${m.namedGroup('value')} at ${m.start}-${m.end}');
  }
  print(kv.firstMatch(config)!.groupNames.toList()..sort());

  // replaceAllMapped: mask digits, swap date format.
  final dates = 'Released 2023-05-10, patched 2024-01-02.';
  print(dates.replaceAllMapped(RegExp(r'(\d{4})-(\d\d)-(\d\d)'),
      (m) => '${m[3]}/${m[2]}/${m[1]}'));
  print('card 1234-5678-9012'.replaceAll(RegExp(r'\d(?=\d{0,3}$)'), '#'));
  print('a1b22c333'.replaceAllMapped(RegExp(r'\d+'), (m) => '<${m.group(0)!.length}>'));
  print('CamelCaseStringHere'.replaceAllMapped(
      RegExp(r'(?<=[a-z])([A-Z])'), (m) => '_${m[1]!.toLowerCase()}').toLowerCase());
  print(RegExp(r'^\s*$').hasMatch('   '));
  print('one  two   three'.split(RegExp(r'\s+')));
  print('x,y;;z'.split(RegExp(r'[,;]')));
  print('hello'.split(''));
  print(' \tpadded\n '.trim().length);
  print('abc'.compareTo('abd'));
  print('Mississippi'.indexOf('ss', 3));
  print('Mississippi'.lastIndexOf('ss'));
  print('banana'.replaceFirst('a', 'A', 2));
  print('dart'.codeUnits);
  print('%'.padLeft(3, '*') + '|' + 'ab'.padRight(5, '-.') + '|');
}

void stdoutWrite(String s) {
  for (final line in s.split('\n')) {
    if (line.isNotEmpty) print(line.trimRight());
  }
}
