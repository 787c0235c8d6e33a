part of counters;

int totalCreated = 0;

class Counter {
  final String name;
  int _value = 0;

  Counter(this.name) {
    totalCreated++;
  }

  int get value => _value;

  void increment() => _value++;
}
