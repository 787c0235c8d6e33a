// User-defined exception classes implementing Exception, exception
// hierarchies selected by `on` clauses, and data carried by exceptions.

class BankException implements Exception {
  final String message;
  BankException(this.message);

  @override
  String toString() => 'BankException: $message';
}

class InsufficientFunds extends BankException {
  final int shortBy;
  InsufficientFunds(this.shortBy) : super('insufficient funds');

  @override
  String toString() => 'InsufficientFunds: short by $shortBy';
}

class AccountLocked implements Exception {}

class Account {
  final String owner;
  int balance;
  bool locked = false;
  Account(this.owner, this.balance);

  void withdraw(int amount) {
    if (locked) throw AccountLocked();
    if (amount <= 0) throw BankException('invalid amount $amount');
    if (amount > balance) throw InsufficientFunds(amount - balance);
    balance -= amount;
  }
}

String attempt(Account account, int amount) {
  try {
    account.withdraw(amount);
    return 'withdrew $amount, balance ${account.balance}';
  } on InsufficientFunds catch (e) {
    return 'declined (${e.shortBy} missing): $e';
  } on BankException catch (e) {
    return 'bank error "${e.message}"';
  } on Exception catch (e) {
    return 'other exception: $e';
  }
}

void main() {
  var acct = Account('ann', 100);
  print(attempt(acct, 30));
  print(attempt(acct, 100));
  print(attempt(acct, -5));
  acct.locked = true;
  print(attempt(acct, 10));

  var problems = <Exception>[];
  for (var amount in [10, 500, 0]) {
    try {
      Account('bob', 50).withdraw(amount);
    } on Exception catch (e) {
      problems.add(e);
    }
  }
  print(problems);
  print(problems.length);
  print(problems[0] is InsufficientFunds);
  print(problems[0] is BankException);
  print(problems[1] is InsufficientFunds);

  try {
    throw InsufficientFunds(3);
  } on BankException catch (e) {
    print(e.message);
    print(e);
  }
}
