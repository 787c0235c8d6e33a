// Duration arithmetic, units, comparison and sorting (Duration and DateTime are Comparable).
void main() {
  var a = Duration(hours: 1, minutes: 30);
  var b = Duration(minutes: 45);
  print(a + b);
  print(a - b);
  print(b - a);
  print(a * 2);
  print(a * 0.5);
  print(a ~/ 4);
  print(-a);
  print((b - a).abs());
  print([a.inDays, a.inHours, a.inMinutes, a.inSeconds]);
  print(a > b);
  print(a <= b);
  print(a.compareTo(b));
  print((b - a).isNegative);
  print(a == Duration(minutes: 90));
  print(a.hashCode == Duration(minutes: 90).hashCode);
  var l = [a, b, Duration.zero];
  l.sort();
  print(l);
  var dates = [DateTime.utc(2024, 3, 1), DateTime.utc(2023, 1, 1)];
  dates.sort();
  print(dates);
}
