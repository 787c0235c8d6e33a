// A final local declared without an initializer is assigned later, once on each path
// (definite assignment), also in switch cases, try blocks and loops' bodies.
String classify(int n) {
  final String kind;
  if (n < 0) {
    kind = 'negative';
  } else if (n == 0) {
    kind = 'zero';
  } else {
    kind = n.isEven ? 'even' : 'odd';
  }
  return kind;
}

int parseOr(String text, int fallback) {
  final int value;
  try {
    value = int.parse(text);
  } on FormatException {
    return fallback;
  }
  return value * 2;
}

void main() {
  for (final n in [-3, 0, 4, 7]) {
    print('$n is ${classify(n)}');
  }
  print(parseOr('21', 0));
  print(parseOr('x', -1));

  final double ratio;
  final label;
  switch ((3, 4)) {
    case (var a, var b) when a > b:
      ratio = a / b;
      label = 'wide';
    case (var a, var b):
      ratio = b / a;
      label = 'tall';
  }
  print('$label $ratio');

  final squares = <int Function()>[];
  for (var i = 1; i <= 3; i++) {
    final int square;
    square = i * i;
    squares.add(() => square);
  }
  print(squares.map((f) => f()).toList());

  final List<String> words;
  words = 'a b c'.split(' ');
  print(words.runtimeType);
}
