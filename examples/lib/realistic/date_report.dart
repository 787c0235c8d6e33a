// Timesheet and schedule report: DateTime.utc arithmetic, difference,
// Duration formatting, weekdays, month lengths, ISO weeks, parsing, sorting.
const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

class Shift {
  final String who;
  final DateTime start;
  final DateTime end;
  Shift(this.who, this.start, this.end) {
    if (!end.isAfter(start)) {
      throw ArgumentError.value(end.toIso8601String(), 'end', 'must be after $start');
    }
  }
  Duration get length => end.difference(start);
}

String hhmm(Duration d) {
  final sign = d.isNegative ? '-' : '';
  final a = d.abs();
  return '$sign${a.inHours}:${(a.inMinutes % 60).toString().padLeft(2, '0')}';
}

int daysInMonth(int year, int month) => DateTime.utc(year, month + 1, 0).day;

int isoWeek(DateTime d) {
  final thursday = d.add(Duration(days: DateTime.thursday - d.weekday));
  final firstDay = DateTime.utc(thursday.year, 1, 1);
  return thursday.difference(firstDay).inDays ~/ 7 + 1;
}

String ymd(DateTime d) =>
    '${d.year.toString().padLeft(4, '0')}-${d.month.toString().padLeft(2, '0')}-${d.day.toString().padLeft(2, '0')}';

void main() {
  final raw = [
    'ana 2024-02-26T09:00:00Z 2024-02-26T17:30:00Z',
    'ben 2024-02-27T22:00:00Z 2024-02-28T06:15:00Z',
    'ana 2024-02-28T08:45:00Z 2024-02-28T12:00:00Z',
    'cy 2024-02-29T13:00:00Z 2024-03-01T01:00:00Z',
    'ben 2024-03-02T10:00:00Z 2024-03-02T09:00:00Z',
    'ana 2024-03-03T07:30:00.250Z 2024-03-03T15:45:10.750Z',
  ];
  final shifts = <Shift>[];
  for (final line in raw) {
    final [who, from, to] = line.split(' ');
    try {
      shifts.add(Shift(who, DateTime.parse(from), DateTime.parse(to)));
    } on ArgumentError catch (e) {
      print('skipped: $e');
    }
  }
  for (final s in shifts) {
    print('${s.who.padRight(4)}${weekdayNames[s.start.weekday - 1]} ${ymd(s.start)} '
        '${hhmm(s.length).padLeft(6)}  ${s.length}');
  }
  final totals = <String, Duration>{};
  for (final s in shifts) {
    totals.update(s.who, (d) => d + s.length, ifAbsent: () => s.length);
  }
  final names = totals.keys.toList()..sort((a, b) => totals[b]!.compareTo(totals[a]!));
  for (final n in names) {
    print('total $n: ${hhmm(totals[n]!)} (${totals[n]!.inMinutes} min)');
  }
  final all = totals.values.fold(Duration.zero, (a, b) => a + b);
  print('all: $all, average ${all ~/ shifts.length}, x1.5 = ${all * 1.5}');

  print('--- calendar');
  for (final y in [1900, 2000, 2023, 2024]) {
    print('$y: Feb has ${daysInMonth(y, 2)} days, Jan 1 is ${weekdayNames[DateTime.utc(y).weekday - 1]}');
  }
  final start = DateTime.utc(2024, 1, 31);
  for (var m = 0; m < 4; m++) {
    final naive = DateTime.utc(start.year, start.month + m, start.day);
    print('month +$m: ${ymd(naive)}');
  }
  for (final d in [DateTime.utc(2021, 1, 3), DateTime.utc(2021, 1, 4), DateTime.utc(2024, 12, 30), DateTime.utc(2026, 6, 15)]) {
    print('${ymd(d)} ${weekdayNames[d.weekday - 1]} ISO week ${isoWeek(d)}');
  }

  print('--- arithmetic');
  final t0 = DateTime.utc(2024, 3, 9, 23, 59, 59, 999, 999);
  print(t0);
  print(t0.toIso8601String());
  print(t0.add(const Duration(microseconds: 1)));
  print(t0.subtract(const Duration(days: 366)).toIso8601String());
  print(DateTime.utc(2024, 13, 32, 25, 61, 61));
  print(DateTime.utc(-1, 6, 1).toIso8601String());
  print(DateTime.utc(12345, 1, 1));
  print(DateTime.utc(2024).millisecondsSinceEpoch);
  print(DateTime.fromMillisecondsSinceEpoch(0, isUtc: true));
  print(DateTime.fromMicrosecondsSinceEpoch(-1, isUtc: true));
  print(DateTime.utc(2024, 3, 1).difference(DateTime.utc(2024, 2, 1)).inDays);
  print(DateTime.utc(2023, 3, 1).difference(DateTime.utc(2024, 3, 1)));
  final a = DateTime.utc(2024, 5, 1, 12);
  final b = DateTime.parse('2024-05-01T14:00:00+02:00');
  print('${a == b} ${a.isAtSameMomentAs(b)} ${a.compareTo(b)} ${b.isUtc} ${b.hour}');
  print(DateTime.parse('20240501T120000Z'));
  print(DateTime.parse('2024-05-01 12:00:00.123456789Z').microsecond);
  for (final bad in ['2024-02-30x', '24-5-1', '', '2024-05-01T12']) {
    print('$bad -> ${DateTime.tryParse(bad)}');
  }
  try {
    DateTime.parse('not a date');
  } on FormatException catch (e) {
    print(e);
  }
  final sorted = [DateTime.utc(2024, 5, 2), DateTime.utc(2023, 12, 31), DateTime.utc(2024, 1, 1, 0, 0, 1)]..sort();
  print(sorted.map(ymd).join(' < '));
  print(DateTime.utc(2024, 2, 29).copyWith(year: 2025));

  print('--- durations');
  const d = Duration(days: 1, hours: 2, minutes: 3, seconds: 4, milliseconds: 5, microseconds: 6);
  print(d);
  print('${d.inDays} ${d.inHours} ${d.inMinutes} ${d.inSeconds} ${d.inMilliseconds} ${d.inMicroseconds}');
  print(-d);
  print(const Duration(minutes: -90));
  print(const Duration(seconds: 59, milliseconds: 999) + const Duration(milliseconds: 1));
  print(const Duration(hours: 100000));
  print(Duration.zero);
  print(const Duration(microseconds: 1500) * 0.5);
  print(const Duration(hours: 1) ~/ 7);
  print(const Duration(minutes: 1) > const Duration(seconds: 59));
  print([const Duration(seconds: 3), const Duration(milliseconds: 2500), Duration.zero]..sort());
  try {
    const Duration(seconds: 1) ~/ 0;
  } catch (e) {
    print(e.runtimeType);
  }
}
