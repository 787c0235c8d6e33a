// Meeting scheduler: UTC DateTime arithmetic, Duration formatting, parsing,
// weekday and month logic.
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

String two(int n) => n.toString().padLeft(2, '0');

String fmt(DateTime d) =>
    '${weekdays[d.weekday - 1]} ${two(d.day)} ${months[d.month - 1]} ${d.year} ${two(d.hour)}:${two(d.minute)}';

String human(Duration d) {
  final parts = <String>[];
  if (d.inDays > 0) parts.add('${d.inDays}d');
  final h = d.inHours.remainder(24);
  final m = d.inMinutes.remainder(60);
  if (h > 0) parts.add('${h}h');
  if (m > 0) parts.add('${m}m');
  return parts.isEmpty ? '0m' : parts.join(' ');
}

bool isLeap(int y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

int daysInMonth(int y, int m) => DateTime.utc(y, m + 1, 0).day;

DateTime nextWeekday(DateTime from, int weekday) {
  var d = from.add(const Duration(days: 1));
  while (d.weekday != weekday) {
    d = d.add(const Duration(days: 1));
  }
  return d;
}

void main() {
  final start = DateTime.utc(2024, 2, 27, 9, 30);
  print(start);
  print(start.toIso8601String());
  print(fmt(start));
  for (var i = 0; i < 4; i++) {
    print(fmt(start.add(Duration(days: i))));
  }
  print('next Monday: ${fmt(nextWeekday(start, DateTime.monday))}');
  print('leap: ${[1900, 2000, 2023, 2024].where(isLeap).toList()}');
  print('Feb days: ${[2023, 2024].map((y) => daysInMonth(y, 2)).toList()}');
  print(DateTime.utc(2024, 13, 1));
  print(DateTime.utc(2024, 3, 0).day);

  final deadline = DateTime.parse('2024-03-15T17:00:00Z');
  final left = deadline.difference(start);
  print(left);
  print('${left.inDays} days, ${left.inHours} hours, ${left.inMinutes} minutes');
  print(human(left));
  print(human(const Duration(minutes: 59)));
  print(human(Duration.zero));
  print(deadline.isAfter(start));
  print(start.isBefore(deadline));
  print(deadline.compareTo(start));
  print(start.subtract(const Duration(hours: 10)));

  final parsed = [
    '2024-01-02 03:04:05Z',
    '2024-01-02T03:04:05.123Z',
    '20240102T030405Z',
    '2024-01-02T03:04:05.123456Z',
    '2024-01-02T03:04:05+02:00',
    '+012345-06-07T00:00:00Z',
  ];
  for (final s in parsed) {
    final d = DateTime.parse(s);
    print('$s -> ${d.isUtc ? d : d.toUtc()} ${d.isUtc}');
  }
  print(DateTime.tryParse('not a date'));

  const durations = [
    Duration(hours: 1, minutes: 2, seconds: 3, milliseconds: 4),
    Duration(microseconds: 5),
    Duration(days: 2, hours: 25),
    Duration(seconds: -90),
    Duration(milliseconds: 1500),
  ];
  for (final d in durations) {
    print('$d ${d.inSeconds} ${d.isNegative}');
  }
  print(const Duration(minutes: 90) + const Duration(minutes: 45));
  print(const Duration(hours: 3) * 1.5);
  print(const Duration(hours: 3) ~/ 4);
  print(-const Duration(seconds: 5));
  print(const Duration(seconds: 5).abs());
  print(const Duration(days: 1) > const Duration(hours: 23));
  print([const Duration(minutes: 3), const Duration(seconds: 30), const Duration(hours: 1)]..sort());

  final epoch = DateTime.fromMillisecondsSinceEpoch(0, isUtc: true);
  print(epoch);
  print(DateTime.utc(2000).millisecondsSinceEpoch);
  print(DateTime.fromMicrosecondsSinceEpoch(1700000000123456, isUtc: true));
  final d = DateTime.utc(2024, 12, 31, 23, 59, 59, 999);
  print(d.add(const Duration(milliseconds: 1)));
  print(d.copyWith(month: 2, day: 30));
  print(d.copyWith(isUtc: false));
  print(d.copyWith(year: 2025, hour: 0, millisecond: 5, microsecond: 7));
  print(d.copyWith());
  print('${d.year}-${d.month}-${d.day} doy=${d.difference(DateTime.utc(d.year)).inDays + 1}');
  print(DateTime.utc(2024, 5, 17) == DateTime.parse('2024-05-17T00:00:00.000Z'));
  print(DateTime.utc(2024, 5, 17).hashCode == DateTime.utc(2024, 5, 17).hashCode);
  print(d.timeZoneName);
  print(d.microsecond);
  final byMonth = <int, int>{};
  for (var day = DateTime.utc(2024, 1, 1); day.year == 2024; day = day.add(const Duration(days: 7))) {
    byMonth.update(day.month, (c) => c + 1, ifAbsent: () => 1);
  }
  print(byMonth);
}
