class InsufficientFunds implements Exception {
  final double requested;
  final double available;
  InsufficientFunds(this.requested, this.available);
  @override
  String toString() => 'InsufficientFunds: requested $requested, available $available';
}

class AccountLocked implements Exception {
  final String id;
  const AccountLocked(this.id);
}

abstract class Account {
  static int _nextId = 1;
  final String id;
  final String owner;
  double _balance = 0;
  bool locked = false;
  final List<String> history = [];

  Account(this.owner) : id = 'ACC${_nextId++}';

  double get balance => _balance;
  set balance(double value) {
    if (value < 0) throw ArgumentError.value(value, 'balance', 'must be >= 0');
    _balance = value;
  }

  double get fee;

  void deposit(double amount) {
    _check();
    _balance += amount;
    history.add('+$amount');
  }

  void withdraw(double amount) {
    _check();
    final total = amount + fee;
    if (total > _balance) throw InsufficientFunds(total, _balance);
    _balance -= total;
    history.add('-$total');
  }

  void _check() {
    if (locked) throw AccountLocked(id);
  }

  @override
  String toString() => '$runtimeType($id, $owner, ${_balance.toStringAsFixed(2)})';
}

class Checking extends Account {
  Checking(super.owner);
  @override
  double get fee => 0.5;
}

class Savings extends Account {
  final double rate;
  Savings(String owner, {this.rate = 0.02}) : super(owner);
  @override
  double get fee => 0;
  void addInterest() => deposit(balance * rate);
}

void transfer(Account from, Account to, double amount) {
  try {
    from.withdraw(amount);
    to.deposit(amount);
    print('transferred $amount from ${from.id} to ${to.id}');
  } on InsufficientFunds catch (e) {
    print('failed: $e');
    rethrow;
  } finally {
    print('transfer attempt done');
  }
}

void main() {
  final a = Checking('Ann');
  final b = Savings('Bob', rate: 0.1);
  a.deposit(100);
  b.deposit(50);
  transfer(a, b, 30);
  try {
    transfer(b, a, 500);
  } catch (e, st) {
    print('caught ${e.runtimeType}');
    print(st is StackTrace);
  }
  b.addInterest();
  print(a);
  print(b);
  b.locked = true;
  try {
    b.deposit(1);
  } on AccountLocked catch (e) {
    print('locked ${e.id}');
    print(e);
  }
  try {
    a.balance = -5;
  } on ArgumentError catch (e) {
    print(e);
    print(e.message);
    print(e.name);
  }
  print(a.history);
  print(b.history);
  final accounts = [a, b]..sort((x, y) => x.balance.compareTo(y.balance));
  print(accounts.map((x) => x.owner).toList());
  var log = <String>[];
  String step(String s) {
    log.add(s);
    return s;
  }
  try {
    try {
      step('try');
      throw StateError('boom');
    } finally {
      step('inner finally');
    }
  } on StateError catch (e) {
    step('catch ${e.message}');
  } finally {
    step('outer finally');
  }
  print(log.join(' -> '));
  int f() {
    try {
      return 1;
    } finally {
      print('finally before return');
    }
  }
  print(f());
  try {
    throw FormatException('bad input', 'abc', 1);
  } on FormatException catch (e) {
    print(e.message);
    print(e.offset);
    print(e);
  }
}
