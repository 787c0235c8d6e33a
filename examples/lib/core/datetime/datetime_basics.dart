import 'dart:isolate';

void main() async {
  var d = DateTime.utc(2024, 1, 2, 3, 4, 5);
  print(d);
  print(d.toIso8601String());
  print('${d.year} ${d.month} ${d.day} ${d.hour} ${d.minute} ${d.second} ${d.millisecond} ${d.microsecond}');
  print(d.weekday == DateTime.tuesday);
  print(d.isUtc);
  print(d.millisecondsSinceEpoch);
  print(d.microsecondsSinceEpoch);
  print(d.timeZoneName);
  print(d.timeZoneOffset);

  // Overflowing fields carry over.
  print(DateTime.utc(2024, 13, 1));
  print(DateTime.utc(2024, 2, 30));
  print(DateTime.utc(2024, 3, 0));
  print(DateTime.utc(2023, 1, 1, 25, 61, 61, 1001));
  print(DateTime.utc(2024, 1, 1, 0, 0, 0, 0, 123));
  print(DateTime.utc(2024, 1, 1, 0, 0, 0, 7, 123).toIso8601String());
  print(DateTime.utc(-5, 6, 7));
  print(DateTime.utc(12345, 6, 7).toIso8601String());
  print(DateTime.utc(12, 6, 7).toIso8601String());

  // Epochs.
  print(DateTime.fromMillisecondsSinceEpoch(0, isUtc: true));
  print(DateTime.fromMillisecondsSinceEpoch(1700000000123, isUtc: true));
  print(DateTime.fromMicrosecondsSinceEpoch(-1, isUtc: true));
  print(DateTime.fromMillisecondsSinceEpoch(86400000).isUtc);
  var local = DateTime.fromMillisecondsSinceEpoch(1700000000123);
  print(local.millisecondsSinceEpoch);
  print(local.toUtc());
  print(local.toUtc().toLocal() == local);
  print(DateTime(2024, 5, 6, 7, 8, 9).toString());
  print(DateTime(2024, 5, 6).isUtc);

  // Parsing.
  print(DateTime.parse('2024-01-02'));
  print(DateTime.parse('2024-01-02 03:04:05'));
  print(DateTime.parse('2024-01-02T03:04:05.123Z'));
  print(DateTime.parse('2024-01-02T03:04:05.123456789Z'));
  print(DateTime.parse('20240102T030405Z'));
  print(DateTime.parse('2024-01-02T03:04:05+01:30'));
  print(DateTime.parse('2024-01-02T03:04:05-0200').isUtc);
  print(DateTime.parse('2024-01-02T03:04:05-0200'));
  print(DateTime.parse('+002024-01-02T00:00:00Z'));
  print(DateTime.tryParse('nope'));
  print(DateTime.tryParse('2024-01-02 10:00Z'));
  try {
    DateTime.parse('2024/01/02');
  } on FormatException catch (e) {
    print(e);
  }

  // Arithmetic and comparison.
  var a = DateTime.utc(2024, 2, 28, 12);
  var b = a.add(const Duration(days: 2, hours: 1));
  print(b);
  print(b.subtract(const Duration(minutes: 90)));
  print(b.difference(a));
  print(a.difference(b).inMilliseconds);
  print('${a.isBefore(b)} ${a.isAfter(b)} ${b.isAfter(a)}');
  print(a.compareTo(b));
  print(b.compareTo(a));
  print(a.compareTo(a));
  print(a == DateTime.utc(2024, 2, 28, 12));
  print(a.hashCode == DateTime.utc(2024, 2, 28, 12).hashCode);
  var sameInstantLocal = a.toLocal();
  print(a == sameInstantLocal);
  print(a.isAtSameMomentAs(sameInstantLocal));

  // Constants.
  print('${DateTime.monday} ${DateTime.sunday} ${DateTime.daysPerWeek}');
  print('${DateTime.january} ${DateTime.december} ${DateTime.monthsPerYear}');

  // Type, hashing, extremes and sorting with a comparator.
  print(a is DateTime);
  print(a is Comparable);
  print(a.runtimeType);
  print({DateTime.utc(2020), DateTime.utc(2020), DateTime.utc(2021)}.length);
  print({a: 'found'}[DateTime.utc(2024, 2, 28, 12)]);
  print(DateTime.fromMillisecondsSinceEpoch(8640000000000000, isUtc: true));
  print(DateTime.fromMillisecondsSinceEpoch(-8640000000000000, isUtc: true).toIso8601String());
  var dates = [DateTime.utc(2022), DateTime.utc(2020), DateTime.utc(2021)];
  dates.sort((x, y) => x.compareTo(y));
  print(dates);

  // Now.
  print(DateTime.now().year > 2000);
  print(DateTime.now().isUtc);

  // Sendable between isolates.
  var port = ReceivePort();
  await Isolate.spawn((SendPort p) => p.send(DateTime.utc(2000, 1, 1)), port.sendPort);
  var received = await port.first;
  print(received);
  print(received == DateTime.utc(2000, 1, 1));
}
