// A reified collection checks the values its mutators get (covariant parameters): a wrong
// value through dynamic or a covariant static type throws the VM's TypeError naming the
// parameter of the VM's implementation (_GrowableList, _Map, _Set).
void show(void Function() action) {
  try {
    action();
  } on TypeError catch (e) {
    print(e);
  }
}

void main() {
  var ints = <int>[1];
  dynamic list = ints;
  show(() => list.add('a'));
  show(() => list[0] = 'a');
  show(() => list.insert(0, 'a'));
  show(() => list.first = 2.5);
  show(() => list.last = true);
  show(() => list.addAll(['a']));
  show(() => list.addAll(<dynamic>['a']));
  show(() => list.insertAll(0, <String>{'a'}));
  show(() => list.setRange(0, 1, ['a']));
  show(() => list.setAll(0, ['a']));
  show(() => list.replaceRange(0, 1, {'a'}));
  show(() => list.fillRange(0, 1, 'a'));
  show(() => list.fillRange(0, 1));
  list.add(2);
  list.addAll(<int>[3]);
  list.insertAll(0, [0]);
  print(ints);
  list.fillRange(0, 1, 9);
  list.setRange(1, 2, <int>[8]);
  print(ints);
  var maybe = <int?>[1, 2];
  maybe.fillRange(0, 2);
  print(maybe);

  // Covariance: a List<int> seen as a List<num>.
  List<num> nums = ints;
  show(() => nums.add(1.5));
  nums.add(4);
  print(nums);
  List<Object> objects = <String>['x'];
  show(() => objects[0] = 1);
  print(objects);

  var scores = <String, int>{'a': 1};
  dynamic map = scores;
  show(() => map['b'] = 'two');
  show(() => map[2] = 2);
  show(() => map.putIfAbsent(3, () => 3));
  show(() => map.update(4, (v) => v));
  show(() => map.addAll(<String, String>{'c': 'three'}));
  map['b'] = 2;
  map.addAll(<String, int>{'c': 3});
  print(scores);

  var names = <String>{'x'};
  dynamic set = names;
  show(() => set.add(1));
  show(() => set.addAll([1, 2]));
  set.add('y');
  print(names);

  // Collections whose type argument is not known to the check accept any value.
  dynamic anything = <dynamic>[];
  anything.add('a');
  anything.add(1);
  print(anything);

  // The type check comes before the fixed-length check.
  dynamic fixed = List<int>.filled(2, 0);
  show(() => fixed.add('a'));
  try {
    fixed.add(1);
  } on UnsupportedError catch (e) {
    print(e);
  }
}
