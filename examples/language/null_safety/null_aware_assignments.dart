// Null-aware assignment targets: `o?.p = v`, `o?[i] = v`, compound forms, `??=`,
// `++`/`--` and longer targets (`o?.a.b = v`). When the receiver is null nothing more
// is evaluated -- not the index, not the right-hand side -- and the value is null.

final log = <String>[];

int value(String what, int v) {
  log.add(what);
  return v;
}

class Counter {
  int count = 0;
  int? limit;
  List<int> history = [10, 20];
  Map<String, int?> marks = {};
  Counter? parent;
  int _level = 1;

  int get level {
    log.add('get level');
    return _level;
  }

  set level(int v) {
    log.add('set level $v');
    _level = v;
  }

  int? _best;
  int? get best {
    log.add('get best');
    return _best;
  }

  set best(int? v) {
    log.add('set best $v');
    _best = v;
  }
}

Counter? counter(bool present) => present ? Counter() : null;
List<int>? list(bool present) => present ? [1, 2, 3] : null;

void show(String label, Object? result) {
  print('$label: $result $log');
  log.clear();
}

void main() {
  for (var present in [false, true]) {
    print('-- present: $present');
    var c = counter(present);
    show('=', c?.count = value('rhs', 5));
    show('+=', c?.count += value('rhs', 2));
    show('-=', c?.count -= value('rhs', 1));
    show('*=', c?.count *= value('rhs', 3));
    show('postfix ++', c?.count++);
    show('postfix --', c?.count--);
    show('prefix ++', ++c?.count);
    show('prefix --', --c?.count);
    show('count', c?.count);
    show('??= on null', c?.limit ??= value('rhs', 100));
    show('??= on value', c?.limit ??= value('rhs', 200));
    show('setter', c?.level = value('rhs', 4));
    show('getter and setter', c?.level += 1);
    show('setter ??=', c?.best ??= value('rhs', 7));
    show('setter ??= again', c?.best ??= value('rhs', 8));
    show('long target', c?.history[value('index', 0)] = value('rhs', 11));
    show('long compound', c?.history[value('index', 1)] += value('rhs', 1));
    show('long postfix', c?.history[0]++);
    show('history', c?.history);
    show('map ??=', c?.marks[value('key', 0).toString()] ??= value('rhs', 9));
    show('marks', c?.marks);
    show('nested null', c?.parent?.count = value('rhs', 1));
    show('parent!', c?.parent = Counter());
    show('through parent', c?.parent!.count += value('rhs', 6));
    show('parent count', c?.parent?.count);

    var l = list(present);
    show('index =', l?[value('index', 0)] = value('rhs', 7));
    show('index +=', l?[value('index', 1)] += value('rhs', 10));
    show('index ++', l?[2]++);
    show('++ index', ++l?[2]);
    show('list', l);
  }

  // The value of a shorted assignment can feed `??`.
  Counter? none = counter(false);
  print((none?.count = 3) ?? -1);
}
