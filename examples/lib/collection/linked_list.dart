// dart:collection LinkedList: entries know their list and neighbours; an entry is in one list at a time.
import 'dart:collection';

final class Task extends LinkedListEntry<Task> {
  final String name;
  Task(this.name);
  @override
  String toString() => 'Task($name)';
}

void main() {
  final list = LinkedList<Task>();
  final a = Task('a'), b = Task('b'), c = Task('c');
  list.add(a);
  list.add(c);
  c.insertBefore(b);
  list.addFirst(Task('z'));
  print(list);
  print(list.length);
  print('${list.first} ${list.last}');
  print('${b.previous} ${b.next} ${c.next}');
  print(identical(b.list, list));
  b.unlink();
  print(list.map((t) => t.name).toList());
  print(b.list);
  try {
    list.add(a);
  } on StateError catch (e) {
    print(e.message);
  }
  print(list.remove(b));
  print(list.contains(a));
  try {
    for (final t in list) {
      if (t.name == 'a') list.add(Task('x'));
    }
  } on ConcurrentModificationError catch (e) {
    print(e);
  }
  list.clear();
  print('${list.isEmpty} ${a.list}');
}
