// Event-sourced bank ledger: events are records, state is rebuilt by folding.

typedef Event = ({String kind, String account, int cents, int seq});

sealed class Command {}

class Open extends Command {
  final String account;
  final String owner;
  Open(this.account, this.owner);
}

class Deposit extends Command {
  final String account;
  final int cents;
  Deposit(this.account, this.cents);
}

class Withdraw extends Command {
  final String account;
  final int cents;
  Withdraw(this.account, this.cents);
}

class Transfer extends Command {
  final String from, to;
  final int cents;
  Transfer(this.from, this.to, this.cents);
}

class LedgerException implements Exception {
  final String reason;
  final Command command;
  LedgerException(this.reason, this.command);
  @override
  String toString() => 'LedgerException: $reason (${command.runtimeType})';
}

String money(int cents) {
  final sign = cents < 0 ? '-' : '';
  final abs = cents.abs();
  return '$sign\$${abs ~/ 100}.${(abs % 100).toString().padLeft(2, '0')}';
}

class Ledger {
  final List<Event> _events = [];
  final Map<String, String> owners = {};
  int _seq = 0;

  List<Event> get events => List.unmodifiable(_events);

  Map<String, int> get balances {
    final result = <String, int>{};
    for (final (:kind, :account, :cents, seq: _) in _events) {
      final delta = switch (kind) {
        'open' => 0,
        'credit' => cents,
        'debit' => -cents,
        _ => throw StateError('bad event $kind'),
      };
      result.update(account, (v) => v + delta, ifAbsent: () => delta);
    }
    return result;
  }

  void _emit(String kind, String account, int cents) {
    _events.add((kind: kind, account: account, cents: cents, seq: ++_seq));
  }

  void execute(Command c) {
    final current = balances;
    switch (c) {
      case Open(:var account, :var owner) when !owners.containsKey(account):
        owners[account] = owner;
        _emit('open', account, 0);
      case Open():
        throw LedgerException('account exists', c);
      case Deposit(:var cents) when cents <= 0:
        throw LedgerException('non-positive amount', c);
      case Deposit(:var account, :var cents):
        _require(account, c);
        _emit('credit', account, cents);
      case Withdraw(:var account, :var cents):
        _require(account, c);
        if ((current[account] ?? 0) < cents) {
          throw LedgerException('insufficient funds in $account', c);
        }
        _emit('debit', account, cents);
      case Transfer(:var from, :var to, :var cents):
        _require(from, c);
        _require(to, c);
        if (current[from]! < cents) {
          throw LedgerException('insufficient funds in $from', c);
        }
        _emit('debit', from, cents);
        _emit('credit', to, cents);
    }
  }

  void _require(String account, Command c) {
    if (!owners.containsKey(account)) {
      throw LedgerException('unknown account $account', c);
    }
  }
}

(int count, int total) summarize(Iterable<Event> events, String kind) {
  var count = 0, total = 0;
  for (final e in events) {
    if (e case (kind: var k, cents: var c, account: _, seq: _) when k == kind) {
      count++;
      total += c;
    }
  }
  return (count, total);
}

void main() {
  final ledger = Ledger();
  final commands = <Command>[
    Open('A-1', 'Ada'),
    Open('B-2', 'Bob'),
    Deposit('A-1', 10000),
    Deposit('B-2', 2550),
    Withdraw('A-1', 1999),
    Transfer('A-1', 'B-2', 5000),
    Withdraw('B-2', 99999),
    Deposit('C-3', 100),
    Open('A-1', 'Eve'),
    Deposit('A-1', -5),
    Transfer('B-2', 'A-1', 1),
  ];
  var failures = 0;
  for (final c in commands) {
    try {
      ledger.execute(c);
    } on LedgerException catch (e) {
      failures++;
      print(e);
    }
  }
  print('events: ${ledger.events.length}, failures: $failures');
  print(ledger.events.first);
  print(ledger.events.last);
  ledger.balances.forEach((account, cents) {
    print('$account (${ledger.owners[account]}): ${money(cents)}');
  });
  final (count, total) = summarize(ledger.events, 'credit');
  print('credits: $count totalling ${money(total)}');
  final debits = summarize(ledger.events, 'debit');
  print('debits: $debits');
  print(debits.$1 + debits.$2);
  print(money(-1234));
  try {
    ledger.events.add((kind: 'x', account: 'y', cents: 0, seq: 0));
  } on UnsupportedError catch (e) {
    print('read-only: ${e.message}');
  }
  final byAccount = <String, List<int>>{};
  for (final Event(:account, :seq) in ledger.events) {
    (byAccount[account] ??= []).add(seq);
  }
  print(byAccount);
  final r1 = (kind: 'open', account: 'A-1', cents: 0, seq: 1);
  print(r1 == ledger.events.first);
  print(r1.hashCode == ledger.events.first.hashCode);
  final pair = ('x', n: 2);
  print(pair);
  final (String s, :int n) = pair;
  print(s * n);
  final nested = ((1, 2), [3, 4], {'k': (v: 5)});
  switch (nested) {
    case ((var a, var b), [_, var c], {'k': (v: var d)}):
      print(a + b + c + d);
  }
}
