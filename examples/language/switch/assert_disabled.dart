// `dart run` does not enable assertions: assert statements (and their
// condition and message expressions) are skipped entirely.

int evaluations = 0;

bool sideEffect() {
  evaluations++;
  print('condition evaluated');
  return false;
}

String describe(int n) {
  evaluations++;
  return 'message for $n';
}

class Range {
  final int low;
  final int high;
  Range(this.low, this.high) : assert(low <= high, 'low must not exceed high');

  int get size => high - low;
}

void main() {
  print('before assert');
  assert(false);
  print('after assert(false)');

  assert(sideEffect());
  assert(1 > 2, describe(1));
  print('evaluations: $evaluations');

  var r = Range(10, 3);
  print('range size ${r.size}');

  var checked = 0;
  for (var i = 0; i < 3; i++) {
    assert(i < 0);
    checked++;
  }
  print('checked $checked');
}
