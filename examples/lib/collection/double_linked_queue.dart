// DoubleLinkedQueue and its entries.
import 'dart:collection';

void main() {
  var q = DoubleLinkedQueue<int>();
  q.addAll([1, 2, 3]);
  q.addFirst(0);
  q.addLast(4);
  print(q);
  print('${q.length} ${q.first} ${q.last} ${q.isEmpty}');
  print(q is Queue<int>);
  print(q.removeFirst());
  print(q.removeLast());
  print(q);
  print(q.map((x) => x * x).toList());
  print(q.contains(2));
  print(q.remove(2));
  print(q.remove(2));
  print(q);

  var first = q.firstEntry()!;
  print(first.element);
  first.append(10);
  first.prepend(-1);
  print(q);
  print(q.length);
  print(first.nextEntry()!.element);
  print(first.previousEntry()!.element);
  print(first.previousEntry()!.previousEntry());
  print(q.lastEntry()!.element);
  print(q.lastEntry()!.nextEntry());
  print(first.remove());
  print(q);
  q.forEachEntry((e) {
    e.element = e.element * 2;
  });
  print(q);
  q.forEachEntry((e) {
    if (e.element > 5) e.remove();
  });
  print(q);
  q.addAll([5, 6, 7, 8]);
  q.removeWhere((x) => x.isEven);
  print(q);
  q.retainWhere((x) => x > 5);
  print(q);
  print(q.single);
  q.clear();
  print(q);
  print(q.firstEntry());
  try {
    q.removeFirst();
  } on StateError catch (e) {
    print(e);
  }
  try {
    q.last;
  } on StateError catch (e) {
    print(e);
  }
  var copy = DoubleLinkedQueue<String>.from(['a', 'b']);
  var entry = DoubleLinkedQueueEntry<String>('solo');
  print(entry.element);
  print(entry.nextEntry());
  print(copy.join('+'));
  print(DoubleLinkedQueue<int>.of([9, 8]).toList());
}
