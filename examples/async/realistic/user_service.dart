import 'dart:async';

class User {
  final int id;
  final String name;
  User(this.id, this.name);
  @override
  String toString() => 'User($id, $name)';
}

class NotFound implements Exception {
  final int id;
  NotFound(this.id);
  @override
  String toString() => 'NotFound: user $id';
}

final _db = {1: 'ada', 2: 'grace', 3: 'linus'};

Future<User> fetchUser(int id) async {
  await Future.delayed(Duration(milliseconds: 1));
  final name = _db[id];
  if (name == null) throw NotFound(id);
  return User(id, name);
}

Future<String> describe(int id) async {
  try {
    final u = await fetchUser(id);
    return 'found $u';
  } on NotFound catch (e) {
    return 'missing ($e)';
  } finally {
    print('  done with $id');
  }
}

class Cache {
  final _pending = <int, Completer<String>>{};
  int loads = 0;
  Future<String> get(int id) {
    final existing = _pending[id];
    if (existing != null) return existing.future;
    final c = Completer<String>();
    _pending[id] = c;
    loads++;
    fetchUser(id).then((u) => c.complete(u.name.toUpperCase()),
        onError: (Object e) => c.completeError(e));
    return c.future;
  }
}

Future<void> main() async {
  for (final id in [1, 4]) {
    print(await describe(id));
  }

  final all = await Future.wait([fetchUser(1), fetchUser(2), fetchUser(3)]);
  print(all.map((u) => u.name).join(','));

  try {
    await Future.wait([fetchUser(1), fetchUser(9), fetchUser(8)]);
  } catch (e) {
    print('wait failed: $e');
  }

  final cleaned = <int>[];
  try {
    await Future.wait([fetchUser(2), fetchUser(7)],
        eagerError: true, cleanUp: (User u) => cleaned.add(u.id));
  } on NotFound catch (e) {
    print('eager: $e');
  }
  await Future.delayed(Duration(milliseconds: 5));
  print('cleaned: $cleaned');

  final slow = Completer<int>();
  final r = await slow.future
      .timeout(Duration(milliseconds: 10), onTimeout: () => -1);
  print('timeout value: $r');
  try {
    await Completer<int>().future.timeout(Duration(milliseconds: 5));
  } on TimeoutException catch (e) {
    print('timed out: ${e.duration}');
  }

  final cache = Cache();
  final names = await Future.wait([cache.get(1), cache.get(2), cache.get(1)]);
  print('$names loads=${cache.loads}');
  await cache.get(5).catchError((Object e) {
    print('cache error: $e');
    return '';
  });

  final sum = await [1, 2, 3]
      .map((id) => fetchUser(id).then((u) => u.name.length))
      .fold<Future<int>>(Future.value(0),
          (acc, f) async => (await acc) + (await f));
  print('sum of name lengths: $sum');

  var result = await Future.value(10)
      .then((v) => v * 2)
      .then<int>((v) => throw StateError('bad $v'))
      .catchError((e) => -1, test: (e) => e is StateError)
      .whenComplete(() => print('whenComplete ran'));
  print('result: $result');

  final f = Future<int>.error(ArgumentError.value(3, 'n', 'too small'));
  try {
    await f;
  } on ArgumentError catch (e) {
    print(e.message);
    print(e);
  }

  final results = await Future.wait<Object>([
    Future.value(1),
    Future(() => 'two'),
    Future.microtask(() => 3.0),
    Future.sync(() => [4]),
  ]);
  print(results);
  print(await Future.any([Completer<int>().future, Future.value(42)]));
  await Future.forEach<int>([1, 2, 3], (i) async {
    await null;
    print('each $i');
  });
  print("forEach done");
}
