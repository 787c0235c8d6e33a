// Enums used as fields, parameters and default values of classes, and in
// const objects; comparing enum values by index.

enum Priority { low, normal, high, critical }

enum Status { open, done }

class Task {
  final String title;
  final Priority priority;
  Status status;
  Task(this.title, {this.priority = Priority.normal, this.status = Status.open});

  bool outranks(Task other) => priority.index > other.priority.index;

  @override
  String toString() => '$title[${priority.name}, ${status.name}]';
}

class Badge {
  final Priority level;
  const Badge(this.level);
}

Task highest(List<Task> tasks) {
  var best = tasks[0];
  for (var t in tasks) {
    if (t.outranks(best)) best = t;
  }
  return best;
}

void main() {
  var tasks = [
    Task('write'),
    Task('test', priority: Priority.high),
    Task('deploy', priority: Priority.critical, status: Status.done),
    Task('relax', priority: Priority.low),
  ];
  print(tasks);
  print(highest(tasks));
  tasks[1].status = Status.done;

  var done = 0;
  var byPriority = <Priority, List<String>>{};
  for (var t in tasks) {
    if (t.status == Status.done) done++;
    var bucket = byPriority[t.priority];
    if (bucket == null) {
      bucket = [];
      byPriority[t.priority] = bucket;
    }
    bucket.add(t.title);
  }
  print('done: $done of ${tasks.length}');
  print(byPriority);
  print(byPriority[Priority.high]);

  print(identical(const Badge(Priority.high), const Badge(Priority.high)));
  print(identical(const Badge(Priority.high), const Badge(Priority.low)));
  print(const Badge(Priority.critical).level);
  print(Priority.values.last);
  print(Priority.values.first.index < Priority.values.last.index);
}
