// Map.update without ifAbsent on a missing key is an ArgumentError, uncaught here.

void main() {
  var counts = {'a': 1};
  counts.update('a', (n) => n + 1);
  print(counts);
  counts.update('b', (n) => n + 1);
  print('not reached');
}
