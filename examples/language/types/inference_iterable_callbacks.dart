// Callbacks passed to core collection members are typed by the collection's element type,
// and map/expand/fold results carry the callback's result type.
void main() {
  var list = [1, 2, 3];
  var doubled = list.map((e) => e * 2).toList();
  print(doubled.runtimeType);
  print(doubled);
  var halves = list.map((e) => e / 2).toList();
  print(halves.runtimeType);
  var labels = list.map((e) => 'n$e').toSet();
  print(labels.runtimeType);
  var odd = list.where((e) => e.isOdd).toList();
  print(odd.runtimeType);
  var sum = list.fold(0, (p, e) => p + e);
  print([sum].runtimeType);
  var total = list.fold(0.0, (p, e) => p + e);
  print(total);
  var pairs = list.expand((e) => [e, -e]).toList();
  print(pairs.runtimeType);
  print(pairs);
  var biggest = list.reduce((a, b) => a > b ? a : b);
  print([biggest].runtimeType);
  list.forEach((e) => print([e].runtimeType));

  var m = {'a': 1, 'b': 2};
  var values = m.entries.map((e) => e.value * 10).toList();
  print(values.runtimeType);
  m.forEach((k, v) => print('$k=${[v].runtimeType}'));
  var found = list.firstWhere((e) => e > 5, orElse: () => -1);
  print([found].runtimeType);
  var sorted = [3, 1, 2]..sort((a, b) => b.compareTo(a));
  print(sorted);

  var c = list.length > 2;
  var mixed = c ? 1 : 2.5;
  print([mixed].runtimeType);
  void Function(int) sink = (x) => x + 1;
  print(sink.runtimeType);
  num Function() one = () => 1;
  print(one.runtimeType);
}
