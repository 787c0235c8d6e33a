// Sensor log summariser: a CSV reader with quoted fields (commas, doubled
// quotes, embedded newlines), typed columns with num/int/double parsing and
// the VM's FormatException texts, statistics, and number formatting
// (toStringAsFixed/Precision/Exponential, clamp, round).
import 'dart:math' as math;

const data = '''
sensor,reading,unit,scale,note
"t-01",21.5,C,1,ok
"t-01",22.25,C,1,"warm, rising"
t-02,-4e-3,V,1000,"said ""hi"""
t-02,0x1F,V,1,hex value
t-03,abc,C,1,broken
t-03,1e3,C,0.001,"multi
line note"
t-04,,C,1,missing
t-04,  17  ,C,2,padded
t-05,NaN,C,1,not a number
t-05,12.5.1,C,1,two dots
t-06,9007199254740993,C,1,big int
''';

List<List<String>> parseCsv(String text) {
  final rows = <List<String>>[];
  var row = <String>[];
  final field = StringBuffer();
  var inQuotes = false;
  for (var i = 0; i < text.length; i++) {
    final c = text[i];
    if (inQuotes) {
      if (c == '"') {
        if (i + 1 < text.length && text[i + 1] == '"') {
          field.write('"');
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field.write(c);
      }
      continue;
    }
    switch (c) {
      case '"':
        inQuotes = true;
      case ',':
        row.add(field.toString());
        field.clear();
      case '\n':
        row.add(field.toString());
        field.clear();
        rows.add(row);
        row = [];
      default:
        field.write(c);
    }
  }
  if (field.isNotEmpty || row.isNotEmpty) rows.add(row..add(field.toString()));
  return rows;
}

class Stats {
  final values = <double>[];
  void add(double v) => values.add(v);
  double get mean => values.reduce((a, b) => a + b) / values.length;
  double get stddev {
    final m = mean;
    return math.sqrt(values.map((v) => (v - m) * (v - m)).reduce((a, b) => a + b) / values.length);
  }

  double get median {
    final s = [...values]..sort();
    final mid = s.length ~/ 2;
    return s.length.isOdd ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  }
}

void main() {
  final rows = parseCsv(data);
  final header = rows.first;
  print('columns: ${header.join(' | ')} (${rows.length - 1} rows)');
  final byUnit = <String, Stats>{};
  final problems = <String>[];
  for (final (i, r) in rows.skip(1).indexed) {
    final rec = Map.fromIterables(header, r);
    final raw = rec['reading']!;
    num? value = num.tryParse(raw);
    if (value == null) {
      try {
        value = double.parse(raw);
      } on FormatException catch (e) {
        problems.add('row ${i + 1} (${rec['sensor']}): ${e.message} "${e.source}"');
        continue;
      }
    }
    if (value.isNaN) {
      problems.add('row ${i + 1} (${rec['sensor']}): NaN reading');
      continue;
    }
    final scaled = value * num.parse(rec['scale']!);
    print('${rec['sensor']!.padRight(5)} ${raw.trim().padLeft(16)} -> ${scaled.runtimeType.toString().padRight(6)} $scaled'
        '${rec['note']!.contains('\n') ? ' [note: ${rec['note']!.split('\n').join(' / ')}]' : ''}');
    byUnit.putIfAbsent(rec['unit']!, Stats.new).add(scaled.toDouble());
  }
  print('--- problems');
  problems.forEach(print);
  print('--- summary');
  for (final MapEntry(key: unit, value: s) in byUnit.entries) {
    print('$unit: n=${s.values.length} mean=${s.mean.toStringAsFixed(3)} '
        'median=${s.median.toStringAsPrecision(4)} sd=${s.stddev.toStringAsExponential(2)} '
        'min=${s.values.reduce(math.min)} max=${s.values.reduce(math.max)}');
  }

  print('--- parse errors');
  for (final (label, f) in <(String, Object Function())>[
    ('int.parse(" 42 ")', () => int.parse(' 42 ')),
    ('int.parse("4_2")', () => int.parse('4_2')),
    ('int.parse("")', () => int.parse('')),
    ('int.parse("12a", radix: 16)', () => int.parse('12a', radix: 16)),
    ('int.parse("12g", radix: 16)', () => int.parse('12g', radix: 16)),
    ('double.parse("1,5")', () => double.parse('1,5')),
    ('double.parse(" .5e1 ")', () => double.parse(' .5e1 ')),
    ('double.parse("-Infinity")', () => double.parse('-Infinity')),
    ('num.parse("0x")', () => num.parse('0x')),
    ('num.parse("--1")', () => num.parse('--1')),
    ('num.parse("1e-2")', () => num.parse('1e-2')),
  ]) {
    try {
      print('$label = ${f()}');
    } on FormatException catch (e) {
      print('$label: FormatException: ${e.message} (source "${e.source}", offset ${e.offset})');
    }
  }

  print('--- formatting');
  const samples = [0.0, 1.0, -1.5, 2.5, 3.14159, 123.456, 0.000123456, 98765.4321, 1e21];
  for (final v in samples) {
    print('${v.toString().padLeft(12)} '
        '${v.toStringAsFixed(2).padLeft(24)} '
        '${v.toStringAsPrecision(3).padLeft(10)} '
        '${v.toStringAsExponential(1).padLeft(9)} '
        '${(v.abs() < 1e15 ? v.round() : '-').toString().padLeft(6)} '
        '${v.clamp(-1, 100)}');
  }
  print([for (var x = -2.5; x <= 2.5; x += 1) '${x.round()}/${x.roundToDouble()}/${x.truncate()}'].join(' '));
  print(7.clamp(1.5, 3));
  print(7.5.clamp(1, 3).runtimeType);
  print(255.toStringAsFixed(2));
  print(1234.5678.toStringAsFixed(0));
  print(0.5.toStringAsFixed(0));
  print(1.45.toStringAsFixed(1));
  print(1e-7.toStringAsFixed(3));
  print(123456789.toStringAsPrecision(3));
  print(1.0.toStringAsExponential());
  print(0.1.toStringAsPrecision(21));
  try {
    1.5.toStringAsFixed(21);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    1.5.toStringAsPrecision(0);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    5.clamp(3, 1);
  } on ArgumentError catch (e) {
    print(e);
  }
}
