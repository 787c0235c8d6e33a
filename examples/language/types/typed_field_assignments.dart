// Stores to typed instance fields from outside (through dynamic) are checked as the VM's
// implicit setter checks its parameter `value`; stores by the field's bare name inside the
// class and stores to typed static fields are implicit casts.
class Counter {
  int count = 0;
  double ratio = 0.5;
  String? label;
  var anything;
  static int total = 0;

  void setFrom(dynamic d) {
    count = d;
  }
}

class Box<T> {
  T? value;
  List<T> items = [];
}

class IntBox extends Box<int> {}

void attempt(void Function() action) {
  try {
    action();
  } on TypeError catch (e) {
    print(e);
  }
}

void main() {
  var counter = Counter();
  dynamic c = counter;
  attempt(() => c.count = 'one');
  attempt(() => c.ratio = 'half');
  attempt(() => c.label = 3);
  attempt(() => counter.setFrom('two'));
  c.count = 2;
  c.label = null;
  c.anything = 'x';
  c.anything = 1;
  print('${counter.count} ${counter.ratio} ${counter.label} ${counter.anything}');

  dynamic text = 'text';
  attempt(() => Counter.total = text);
  Counter.total = 7;
  print(Counter.total);

  dynamic box = Box<String>();
  attempt(() => box.value = 1);
  box.value = 'ok';
  dynamic intBox = IntBox();
  attempt(() => intBox.value = 'x');
  attempt(() => intBox.items = <String>['x']);
  intBox.items = <int>[];
  intBox.items.add(4);
  dynamic raw = Box();
  raw.value = 'anything';
  print('${box.value} ${intBox.items} ${raw.value}');
}
