// A local keeps its declared (or initializer's) type however often it is
// assigned: in loops, try/catch/finally, switch cases and closures. Flow
// analysis drops promotions of what a loop assigns at its start and after it.
class Box<T> {
  final T value;
  Box(this.value);
}

void main() {
  var total = 0;
  for (var i = 0; i < 4; i++) total += i;
  print([total].runtimeType);

  var box = Box(1);
  var k = 0;
  while (k < 2) {
    box = Box(k);
    k++;
  }
  print([box].runtimeType);

  var label = 'start';
  try {
    label = 'try';
    throw StateError('x');
  } catch (e) {
    label = 'catch';
  } finally {
    label += '!';
  }
  print([label].runtimeType);

  var ratio = 0.5;
  switch (total) {
    case 6:
      ratio = 1.5;
    default:
      ratio = 2.5;
  }
  print([ratio].runtimeType);

  var names = <String>[];
  void reset() {
    names = ['a'];
  }

  reset();
  print([names].runtimeType);

  var last = Box('a');
  last = Box('b');
  String describe() => '${[last].runtimeType}';
  print(describe());

  int? found;
  for (final x in [3, 4, 5]) {
    if (x.isEven) {
      found = x;
      print([found].runtimeType);
    }
  }
  print([found].runtimeType);

  String? text;
  var round = 0;
  while (round < 2) {
    print([text].runtimeType);
    text = 'round $round';
    print([text].runtimeType);
    round++;
  }
  print([text].runtimeType);
  print([text, found, total, label, ratio, names, last.value, box.value]);
}
