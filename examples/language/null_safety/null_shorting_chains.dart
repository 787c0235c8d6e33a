// Null-shorting: once `?.` or `?[` meets null, the rest of the selector chain is
// skipped (later selectors, their arguments, `!`) and the whole chain is null.
// Parentheses end a chain, so a selector after them runs on the null.

final log = <String>[];

int note(String what, [int value = 0]) {
  log.add(what);
  return value;
}

class Address {
  final String city;
  final List<String> lines;
  Address(this.city, this.lines);
  String describe(String prefix) => '$prefix$city';
}

class Person {
  final String name;
  Address? address;
  Person? manager;
  Map<String, int>? scores;
  Person(this.name, {this.address, this.manager, this.scores});
  Person self() {
    log.add('self($name)');
    return this;
  }

  int weight(int factor) => name.length * factor;
}

Person? find(String name) {
  if (name == 'ann') {
    return Person('ann', address: Address('Oslo', ['Main St 1', 'Box 7']), scores: {'math': 3});
  }
  if (name == 'bob') {
    return Person('bob', manager: find('ann'));
  }
  return null;
}

extension Shout on String {
  String get shout => '${toUpperCase()}!';
  String times(int n) => this * n;
}

String? text(bool present) => present ? 'hello' : null;
List<int>? numbers(bool present) => present ? [1, 2, 3] : null;

void main() {
  // The examples from the assignment.
  String? s = text(false);
  print(s?.length.isEven);
  s = text(true);
  print(s?.length.isEven);

  for (var name in ['ann', 'bob', 'cy']) {
    var p = find(name);
    print('-- $name');
    print(p?.name.toUpperCase().length);
    print(p?.self().weight(note('weight arg', 2)).isOdd);
    print(p?.manager?.address?.city.toLowerCase());
    print(p?.address?.lines[1].split(' ').last);
    print(p?.address?.describe(note('describe arg').toString()));
    print(p?.scores?['math']?.isOdd);
    print(p?.address?.lines.map((l) => l.length).toList());
    print(log);
    log.clear();
  }

  // `!` is part of the chain: on a null receiver it is skipped too.
  Person? nobody = find('cy');
  print(nobody?.address!.city);
  try {
    print(find('bob')?.address!.city);
  } on TypeError catch (e) {
    print('TypeError: $e');
  }

  // Null-aware index in a chain.
  var list = numbers(false);
  print(list?[note('index')].isEven);
  print(log);
  list = numbers(true);
  print(list?[1].isEven);
  print(list?.sublist(1)[0].toString().length);

  // Calls of function-typed results take part as well.
  int Function(int)? adder(bool present) => present ? (x) => x + 1 : null;
  print(adder(false)?.call(note('call arg')).isEven);
  print(adder(true)?.call(1).isEven);
  print(log);

  // Explicit extension applications take part as well.
  print(Shout(text(true))?.shout.length);
  print(Shout(text(false))?.shout.length);
  print(Shout(text(false))?.times(note('times arg', 2)).length);
  print(Shout(text(true))?.times(2));
  print(log);

  // Parentheses end the chain: the selector after them runs on null.
  dynamic d = find('cy');
  print((d?.name).runtimeType);
  try {
    print((d?.name).length);
  } on NoSuchMethodError {
    print('NoSuchMethodError');
  }
  print((d?.name)?.length);

  // Operators end the chain too: `??` sees the null of the whole chain.
  print(find('cy')?.address?.city.length ?? -1);
  print(find('ann')?.address?.city.length ?? -1);
}
