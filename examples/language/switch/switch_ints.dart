// Classic switch statements over ints: constant cases, default, several
// labels sharing one body, break, return inside a switch, and cases that
// end without break.

const int maxLevel = 3;

class Limits {
  static const int low = 10;
  static const int high = 20;
}

String dayKind(int day) {
  switch (day) {
    case 6:
    case 7:
      return 'weekend';
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
      return 'weekday';
    default:
      return 'invalid';
  }
}

String level(int n) {
  var result = 'unknown';
  switch (n) {
    case 0:
      result = 'none';
      break;
    case -1:
      result = 'negative';
      break;
    case maxLevel:
      result = 'max';
      break;
    case Limits.low:
      result = 'low limit';
    case Limits.high:
      result = 'high limit';
  }
  return result;
}

void main() {
  for (var d = 0; d <= 8; d++) {
    print('$d: ${dayKind(d)}');
  }

  for (var n in [0, -1, 3, 10, 20, 5]) {
    print('$n -> ${level(n)}');
  }

  var total = 0;
  for (var i = 0; i < 6; i++) {
    switch (i % 3) {
      case 0:
        total += 100;
        break;
      case 1:
        if (i > 3) {
          print('skipping rest of iteration $i');
          continue;
        }
        total += 10;
      default:
        total += 1;
    }
    print('after switch at $i, total $total');
  }

  var x = 2;
  switch (x + 1) {
    case 1:
      print('one');
    case 3:
      var word = 'three';
      print(word);
    case 4:
      var other = 'four';
      print(other);
  }
  print('end');
}
