import 'dart:collection';

class Version implements Comparable<Version> {
  final int major, minor, patch;
  const Version(this.major, this.minor, this.patch);
  factory Version.parse(String s) {
    final [ma, mi, pa] = s.split('.').map(int.parse).toList();
    return Version(ma, mi, pa);
  }
  @override
  int compareTo(Version o) => switch ((major.compareTo(o.major), minor.compareTo(o.minor))) {
        (0, 0) => patch.compareTo(o.patch),
        (0, var c) => c,
        (var c, _) => c,
      };
  bool operator <(Version o) => compareTo(o) < 0;
  @override
  bool operator ==(Object o) => o is Version && compareTo(o) == 0;
  @override
  int get hashCode => Object.hashAll([major, minor, patch]);
  @override
  String toString() => '$major.$minor.$patch';
}

class Event {
  final String name;
  final int priority;
  Event(this.name, this.priority);
  @override
  String toString() => '$name($priority)';
}

void main() {
  final versions = ['1.2.3', '1.10.0', '0.9.9', '1.2.10', '1.2.3'].map(Version.parse).toList();
  versions.sort();
  print(versions);
  print(versions.toSet().length);
  print(Version.parse('2.0.0') < Version(10, 0, 0));
  print(versions.reduce((a, b) => a.compareTo(b) > 0 ? a : b));
  final q = Queue<int>()
    ..addAll([1, 2, 3])
    ..addFirst(0)
    ..removeLast();
  print(q);
  final sq = SplayTreeMap<String, int>.from({'b': 2, 'c': 3, 'a': 1});
  print(sq);
  print(sq.firstKey());
  final lhs = LinkedHashSet<String>()..addAll(['z', 'a', 'z', 'm']);
  print(lhs);
  final events = [Event('a', 2), Event('b', 1), Event('c', 2), Event('d', 0)];
  events.sort((x, y) => y.priority.compareTo(x.priority));
  print(events);
  final fixed = List<int>.unmodifiable([1, 2]);
  try {
    fixed.add(3);
  } on UnsupportedError catch (e) {
    print(e);
  }
  try {
    [1, 2, 3][5];
  } on RangeError catch (e) {
    print(e);
  }
  try {
    throw StateError('bad state');
  } catch (e) {
    print(e);
  }
  try {
    Object x = 'str';
    x as int;
  } on TypeError catch (e) {
    print(e);
  }
  print('Hello, World'.split(', ').map((w) => w.toLowerCase()).join('+'));
  print('a-b_c d'.replaceAll(RegExp(r'[-_ ]'), '.'));
  print('  trim me  '.trim().padLeft(10, '*'));
  print('x=${1 + 1}, y=${[1, 2].length}, z=${{'k': 'v'}['k']}');
  print(1.5.round());
  print((-7) ~/ 2);
  print(-7 % 3);
  print(7.remainder(-3));
  print(10 / 4);
  print(2.0 * 3);
  print(1e21);
  print(123456789.0);
  print(0.1 + 0.2);
  print(double.infinity);
  print((255).toRadixString(16).padLeft(4, '0'));
  print(int.parse('ff', radix: 16));
  print(3.14159.toStringAsFixed(2));
  print(1234.5678.toStringAsPrecision(6));
  print([1, 2, 3, 4].sublist(1, 3));
  print([5, 3, 8]..sort());
  print(List.generate(3, (i) => i * i, growable: false));
  print({1, 2, 3}.intersection({2, 3, 4}));
  print({'a': 1, 'b': 2}.map((k, v) => MapEntry(v, k)));
  print([1, 2, 3].any((x) => x > 2) && [1, 2, 3].every((x) => x > 0));
  print(identical(const [1, 2], const [1, 2]));
  print(identical([1, 2], [1, 2]));
  print(const Version(1, 0, 0) == Version(1, 0, 0));
  print(Version(1, 0, 0).hashCode == Version(1, 0, 0).hashCode);
}
