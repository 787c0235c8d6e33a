class Node<T> {
  T value;
  Node<T>? next;
  Node(this.value, [this.next]);
}

class LinkedList<T> {
  Node<T>? _head;
  int _length = 0;
  int get length => _length;
  void addFirst(T v) {
    _head = Node(v, _head);
    _length++;
  }

  T? get firstOrNull => _head?.value;
  @override
  String toString() {
    final parts = <String>[];
    for (var n = _head; n != null; n = n.next) {
      parts.add('${n.value}');
    }
    return '(${parts.join(' -> ')})';
  }
}

class Config {
  late final String name;
  late int retries = _computeRetries();
  static int computed = 0;
  String? description;
  Config();
  int _computeRetries() {
    computed++;
    return 3;
  }
}

class User {
  final String name;
  final String? email;
  final Address? address;
  const User({required this.name, this.email, this.address});
}

class Address {
  final String city;
  final String? zip;
  const Address(this.city, [this.zip]);
}

String contact(User u) => u.email ?? 'no email for ${u.name}';

void main() {
  final list = LinkedList<String>();
  print(list.firstOrNull);
  print(list.firstOrNull?.length);
  list.addFirst('c');
  list.addFirst('b');
  list.addFirst('a');
  print(list);
  print(list.firstOrNull?.toUpperCase());
  print(list.length);

  final c = Config();
  print(Config.computed);
  c.name = 'svc';
  print(c.name);
  print(c.retries);
  print(c.retries);
  print(Config.computed);
  c.retries = 5;
  print(c.retries);
  try {
    c.name = 'other';
  } catch (e) {
    print(e);
  }
  final c2 = Config();
  try {
    print(c2.name);
  } catch (e) {
    print(e);
  }
  c2.description ??= 'default';
  c2.description ??= 'ignored';
  print(c2.description);

  const users = [
    User(name: 'ann', email: 'ann@x.io', address: Address('Oslo', '0150')),
    User(name: 'bob', address: Address('Rome')),
    User(name: 'cy'),
  ];
  for (final u in users) {
    print('${u.name}: ${contact(u)}, city=${u.address?.city ?? '?'}, zip=${u.address?.zip?.length}');
  }
  String? maybe;
  print(maybe?.isEmpty);
  print((maybe ?? '').isEmpty);
  maybe = 'x';
  print(maybe.length);
  int? n;
  try {
    print(n!);
  } on TypeError catch (e) {
    print(e.runtimeType == TypeError || e is TypeError);
    print(e);
  }
  final m = <String, int>{'a': 1};
  print(m['b']);
  print(m['a']! + 1);
  m['b'] ??= 10;
  m['a'] ??= 99;
  print(m);
  List<int>? nums;
  print(nums?.length ?? -1);
  nums ??= [];
  nums.add(4);
  print(nums);
  var sb = StringBuffer()
    ..write('a')
    ..write('b')
    ..writeln()
    ..write('c');
  print(sb.toString());
  User? nobody;
  print(nobody?.address?.city);
  final withNull = [1, null, 3];
  print(withNull.whereType<int>().toList());
  print(withNull.nonNulls.toList());
  final x = switch (nobody) {
    null => 'null user',
    User(:final name) => name,
  };
  print(x);
  if (users[1] case User(address: Address(:final city, zip: null))) {
    print('$city has no zip');
  }
}
