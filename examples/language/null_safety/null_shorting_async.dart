// Null-shorting in async functions: awaits in the shorted part of a chain (arguments,
// indexes, right-hand sides) run only when the receiver is not null, after everything
// to their left, and the chain's value is null otherwise.

final log = <String>[];

Future<int> later(String what, int v) async {
  log.add('before $what');
  await null;
  log.add('after $what');
  return v;
}

class Store {
  final String name;
  List<int> data = [5, 6, 7];
  List<int?> slots = [5, null];
  Store? backup;
  int hits = 0;
  Store(this.name);
  Store touch() {
    log.add('touch $name');
    return this;
  }

  Future<Store?> load(bool found) async {
    await null;
    return found ? Store('$name/loaded') : null;
  }

  int pick(int a, int b) => data[a] + b;
}

Store? open(bool present) => present ? Store('s') : null;

Future<void> run(bool present) async {
  print('-- present: $present');
  var s = open(present);
  print(s?.touch().pick(await later('a', 0), await later('b', 10)).isEven);
  print(s?.data[await later('index', 2)].toString().length);
  print(s?.backup?.data[await later('never', 0)]);
  print(s?.hits = await later('rhs', 3));
  print(s?.hits += await later('plus', 4));
  print(s?.slots[await later('i', 0)] ??= await later('unused', 1));
  print(s?.slots[await later('j', 1)] ??= await later('used', 2));
  print((await s?.load(true))?.name.length);
  print((await s?.load(false))?.name.length);
  s
    ?..hits = await later('cascade', 1)
    ..backup?.hits = await later('no backup', 2)
    ..data.add(await later('add', 8));
  print('${s?.hits} ${s?.data}');
  print(log);
  log.clear();
}

void main() async {
  await run(false);
  await run(true);
}
