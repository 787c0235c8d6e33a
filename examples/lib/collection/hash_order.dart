// The VM's hashCode values of built-in types, and the iteration order of HashMap and HashSet
// that follows from them (bucket order, newest first within a bucket, growth at 3/4 full).
import 'dart:collection';

void main() {
  for (var v in [0, 1, 7, 42, -1, 1000, 1 << 40]) {
    print('int $v: ${v.hashCode}');
  }
  print('double 2.0: ${2.0.hashCode} ${2.0.hashCode == 2.hashCode}');
  print('double -0.0: ${(-0.0).hashCode}');
  for (var s in ['', 'a', 'abc', 'hello', 'Dart', 'é', '😀']) {
    print('string "$s": ${s.hashCode}');
  }
  print('bool: ${true.hashCode} ${false.hashCode}');
  print('null: ${null.hashCode}');
  print('identityHashCode(7): ${identityHashCode(7)}');

  var squares = HashMap<int, int>();
  for (var i = 0; i < 20; i++) {
    squares[i] = i * i;
  }
  print(squares);
  print(squares.keys.take(5).toList());
  print(squares.values.take(5).toList());
  squares.removeWhere((k, v) => k.isOdd);
  print(squares);
  var order = <int>[];
  squares.forEach((k, v) => order.add(k));
  print(order);
  squares.clear();
  squares[3] = 9;
  squares[100] = 10000;
  print(squares);

  var words = HashSet<String>();
  words.addAll(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'kiwi']);
  print(words);
  print('${words.first} ${words.last}');
  words.remove('date');
  words.add('lemon');
  print(words.toList());
  print(words.toSet());

  var mixed = HashSet<Object?>();
  mixed.addAll([true, null, 3, 'x', false, 2.0, 2, 1.5]);
  print(mixed.length);
  print(mixed.where((e) => e is! double).toList());

  var byLength = HashSet<String>(equals: (a, b) => a.length == b.length, hashCode: (s) => s.length);
  byLength.addAll(['a', 'bb', 'ccc', 'dd', 'eeee', 'fffff', 'gggggg', 'hhhhhhh', 'iiiiiiii', 'j']);
  print(byLength);
  print(byLength.contains(3));

  var chains = HashMap<int, String>(equals: (a, b) => a == b, hashCode: (k) => k % 2);
  for (var k in [1, 2, 3, 4, 5]) {
    chains[k] = 'v$k';
  }
  print(chains);
  print(chains.remove(3));
  print(chains.keys.toList());

  var modified = HashMap<int, int>.fromIterable([1, 2, 3]);
  try {
    for (var k in modified.keys) {
      modified[k + 10] = k;
    }
  } catch (e) {
    print(e is ConcurrentModificationError);
  }
  print(HashMap<String, int>.fromIterables(['one', 'two', 'three'], [1, 2, 3]));

  // Records with positional fields hash their field count and fields (SystemHash).
  print((1, 2).hashCode);
  print(('a', true, null).hashCode);
  print(((1, 2), 3.5).hashCode);
  var pairs = HashSet<(int, int)>();
  for (var i = 0; i < 5; i++) {
    pairs.add((i, i * i));
  }
  print(pairs);
}
