// Compound assignments in cascade sections: the receiver and index are evaluated once,
// `??=` assigns only a null.
class Counter {
  int count = 0;
  String? label;
  List<int> items = [1, 2, 3];
}

void main() {
  var c = Counter()
    ..count += 5
    ..count *= 2
    ..label ??= 'first'
    ..label ??= 'second'
    ..items[1] += 10
    ..items[0] <<= 3;
  print('${c.count} ${c.label} ${c.items}');

  var m = {'a': 1}
    ..['a'] -= 4
    ..['b'] ??= 7
    ..['b'] ??= 8;
  print(m);

  var calls = 0;
  int next() => ++calls;
  var list = [0, 0, 0]..[next()] += 100;
  print('$list after $calls call');
}
