// A generic LRU cache with operators, extension methods and statistics.
import 'dart:collection';

typedef Loader<K, V> = V Function(K key);

class CacheStats {
  int hits = 0;
  int misses = 0;
  int evictions = 0;

  double get hitRate => hits + misses == 0 ? 0 : hits / (hits + misses);

  @override
  String toString() =>
      'hits=$hits misses=$misses evictions=$evictions rate=${(hitRate * 100).toStringAsFixed(1)}%';
}

class LruCache<K, V> {
  final int capacity;
  final LinkedHashMap<K, V> _entries = LinkedHashMap<K, V>();
  final CacheStats stats = CacheStats();
  final void Function(K, V)? onEvict;

  LruCache(this.capacity, {this.onEvict}) {
    if (capacity <= 0) {
      throw ArgumentError.value(capacity, 'capacity', 'must be positive');
    }
  }

  int get length => _entries.length;
  Iterable<K> get keys => _entries.keys;

  V? operator [](K key) {
    final value = _entries.remove(key);
    if (value == null) {
      stats.misses++;
      return null;
    }
    stats.hits++;
    _entries[key] = value;
    return value;
  }

  void operator []=(K key, V value) {
    _entries.remove(key);
    _entries[key] = value;
    while (_entries.length > capacity) {
      final oldest = _entries.keys.first;
      final evicted = _entries.remove(oldest) as V;
      stats.evictions++;
      onEvict?.call(oldest, evicted);
    }
  }

  V getOrLoad(K key, Loader<K, V> loader) => this[key] ?? (this[key] = loader(key));

  bool contains(K key) => _entries.containsKey(key);

  @override
  String toString() => 'LruCache$_entries';
}

extension CacheWarmup<K, V> on LruCache<K, V> {
  void warm(Map<K, V> values) => values.forEach((k, v) => this[k] = v);
  List<K> get coldestFirst => keys.toList();
}

extension on int {
  int get fib {
    var (a, b) = (0, 1);
    for (var i = 0; i < this; i++) {
      (a, b) = (b, a + b);
    }
    return a;
  }
}

extension StringCase on String {
  String get capitalized => isEmpty ? this : this[0].toUpperCase() + substring(1);
  String operator -(String other) => replaceAll(other, '');
}

class Key implements Comparable<Key> {
  final String ns;
  final int id;
  const Key(this.ns, this.id);

  @override
  bool operator ==(Object other) => other is Key && other.ns == ns && other.id == id;

  @override
  int get hashCode => Object.hash(ns, id);

  @override
  int compareTo(Key other) {
    final c = ns.compareTo(other.ns);
    return c != 0 ? c : id.compareTo(other.id);
  }

  @override
  String toString() => '$ns#$id';
}

void main() {
  final evicted = <String>[];
  final cache = LruCache<int, int>(3, onEvict: (k, v) => evicted.add('$k:$v'));
  var loads = 0;
  int load(int n) {
    loads++;
    return n.fib;
  }

  for (final n in [10, 20, 10, 30, 40, 10, 20, 50, 10]) {
    print('fib($n) = ${cache.getOrLoad(n, load)}');
  }
  print('loads: $loads');
  print(cache.stats);
  print('evicted: $evicted');
  print(cache);
  print(cache.coldestFirst);
  print(cache[99]);
  print(cache.contains(50));

  final names = LruCache<Key, String>(2);
  names.warm({const Key('user', 2): 'bob', const Key('user', 1): 'ada'});
  names[Key('group', 7)] = 'admins';
  print(names.keys.toList()..sort());
  print(names[const Key('user', 1)]?.capitalized);
  print(names[Key('user', 2)]?.capitalized ?? 'gone');
  print(Key('a', 1) == Key('a', 1));
  print({Key('a', 1), Key('a', 1), Key('b', 0)}.length);
  print(identical(const Key('x', 1), const Key('x', 1)));
  print('bananas' - 'an');
  print(''.capitalized.isEmpty);
  print(names.stats.hitRate);

  try {
    LruCache<String, int>(0);
  } on ArgumentError catch (e) {
    print(e);
  }
  final sorted = [Key('b', 2), Key('a', 9), Key('b', 1)]..sort();
  print(sorted);
  print(sorted.map((k) => k.id).fold<int>(0, (a, b) => a + b));
  print([for (var i = 0; i < 10; i++) i.fib].where((f) => f.isEven).toList());
}
