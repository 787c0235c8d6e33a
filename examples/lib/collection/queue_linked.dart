// dart:collection: Queue/ListQueue (double-ended, prints with braces, the Iterable API),
// LinkedHashMap and LinkedHashSet (insertion-ordered like the default Map and Set).
import 'dart:collection';

void main() {
  var q = Queue<int>();
  q.add(1);
  q.addFirst(0);
  q.addLast(2);
  q.addAll([3, 4]);
  print(q);
  print(q.length);
  print(q.first);
  print(q.last);
  print(q.removeFirst());
  print(q.removeLast());
  print(q);
  print(q.map((x) => x * 10).toList());
  print(q.contains(2));
  for (var x in q) {
    print('item $x');
  }
  var lq = ListQueue<String>.from(['a', 'b']);
  print(lq);
  print(Queue.of([1, 2]).isEmpty);
  lq.clear();
  print(lq.isEmpty);
  try {
    lq.removeFirst();
  } on StateError catch (e) {
    print(e);
  }
  var m = LinkedHashMap<String, int>();
  m['b'] = 2;
  m['a'] = 1;
  print(m);
  var s = LinkedHashSet<int>();
  s.addAll([3, 1, 3, 2]);
  print(s);
}
