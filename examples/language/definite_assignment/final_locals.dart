// A final local declared without an initializer is assigned once on each path.
int parseOr(String s, int fallback) {
  final int value;
  try {
    value = int.parse(s);
  } on FormatException {
    return fallback;
  }
  return value * 2;
}

String classify(int n) {
  final String kind;
  if (n < 0) {
    kind = 'negative';
  } else if (n == 0) {
    kind = 'zero';
  } else {
    kind = 'positive';
  }
  return kind;
}

String day(int d) {
  final name;
  switch (d) {
    case 6 || 7:
      name = 'weekend';
    default:
      name = 'weekday';
  }
  return name;
}

void main() {
  print(parseOr('21', -1));
  print(parseOr('x', -1));
  print([-3, 0, 8].map(classify).toList());
  print('${day(6)} ${day(2)}');
  final List<int Function()> readers = [];
  for (var i = 0; i < 3; i++) {
    final int squared;
    squared = i * i;
    readers.add(() => squared);
  }
  print(readers.map((f) => f()).toList());
  final total;
  total = readers.length;
  print('total: $total');
}
