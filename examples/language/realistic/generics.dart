typedef Predicate<T> = bool Function(T value);
typedef Json = Map<String, Object?>;

abstract interface class Repository<K, V> {
  V? find(K key);
  void save(K key, V value);
  Iterable<V> get all;
}

class MemoryRepository<K extends Comparable<K>, V> implements Repository<K, V> {
  final _store = <K, V>{};

  @override
  V? find(K key) => _store[key];

  @override
  void save(K key, V value) => _store[key] = value;

  @override
  Iterable<V> get all {
    final keys = _store.keys.toList()..sort();
    return keys.map((k) => _store[k] as V);
  }

  static MemoryRepository<K, V> of<K extends Comparable<K>, V>(Map<K, V> initial) {
    final repo = MemoryRepository<K, V>();
    initial.forEach(repo.save);
    return repo;
  }
}

class Pair<A, B> {
  final A first;
  final B second;
  const Pair(this.first, this.second);
  Pair<B, A> swap() => Pair(second, first);
  @override
  String toString() => 'Pair<$A, $B>($first, $second)';
}

class Result<T> {
  final T? value;
  final String? error;
  const Result.ok(T this.value) : error = null;
  const Result.err(String this.error) : value = null;
  bool get isOk => error == null;
  Result<R> map<R>(R Function(T) f) => isOk ? Result.ok(f(value as T)) : Result.err(error!);
  @override
  String toString() => isOk ? 'Ok($value)' : 'Err($error)';
}

T maxOf<T extends Comparable<T>>(List<T> items) {
  var best = items.first;
  for (final item in items.skip(1)) {
    if (item.compareTo(best) > 0) best = item;
  }
  return best;
}

List<T> filter<T>(Iterable<T> items, Predicate<T> keep) => [
      for (final item in items)
        if (keep(item)) item
    ];

Result<int> parseAge(String s) {
  final n = int.tryParse(s);
  if (n == null) return Result.err('not a number: $s');
  if (n < 0) return Result.err('negative: $n');
  return Result.ok(n);
}

void main() {
  final repo = MemoryRepository.of<String, int>({'b': 2, 'a': 1});
  repo.save('c', 3);
  print(repo.all.toList());
  print(repo.find('a'));
  print(repo.find('z'));
  print(repo is Repository<String, int>);
  print(repo.runtimeType);

  final p = Pair('x', 42);
  print(p);
  print(p.swap());
  print(p.swap().runtimeType);

  print(maxOf([3, 9, 2]));
  print(maxOf(['pear', 'apple', 'zucchini']));
  print(filter([1, 2, 3, 4, 5, 6], (int n) => n.isEven));
  Predicate<String> long = (s) => s.length > 4;
  print(filter(['tiny', 'enormous', 'big', 'gigantic'], long));

  for (final input in ['42', '-1', 'abc']) {
    final r = parseAge(input).map((n) => n * 2).map((n) => 'age*2=$n');
    print(r);
  }
  Json config = {'name': 'app', 'port': 8080, 'debug': null};
  if (config case {'name': String name, 'port': int port}) {
    print('$name:$port');
  }
  final list = <num>[1, 2.5, 3];
  print(list.whereType<int>().toList());
  print(list.fold<num>(0, (a, b) => a + b));
  var counts = <String, int>{};
  for (final w in 'the cat and the hat and the bat'.split(' ')) {
    counts[w] = (counts[w] ?? 0) + 1;
  }
  final entries = counts.entries.toList()
    ..sort((a, b) {
      final c = b.value.compareTo(a.value);
      return c != 0 ? c : a.key.compareTo(b.key);
    });
  print(entries.map((e) => '${e.key}=${e.value}').join(' '));
  print(<int>[] is List<num>);
  print(<int, String>{}.runtimeType);
  Object o = const Pair<int, String>(1, 'a');
  if (o is Pair<int, String>) print('pair of int,string: ${o.first + 1}');
  print(o is Pair<String, int>);
}
