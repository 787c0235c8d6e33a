// Constant lists, maps, sets and records are canonical: equal constants are one object.
class P {
  final int x;
  const P(this.x);
}

const primes = [2, 3, 5];
const table = {'one': 1, 'two': 2};

void main() {
  print(identical(const [2, 3, 5], primes));
  print(identical(const [1, 2], const [2, 1]));
  print(identical(const <num>[1], const <int>[1]));
  print(identical(const [P(1)], const [P(1)]));
  print(identical(const {'one': 1, 'two': 2}, table));
  print(identical(const {1, 2}, const {1, 2}));
  print(identical(const (1, 2), const (1, 2)));
  print(identical(const (1, b: P(2)), const (1, b: P(2))));
  print(identical(const (1, 2), const (1, 2.0)));
  const local = [2, 3, 5];
  print(identical(local, primes));
  print(const [1, 2] == const [1, 2]);
  print([1, 2] == [1, 2]);

  // Constants cannot change.
  for (var change in <void Function()>[
    () => (primes as List<int>).add(7),
    () => (table as Map<String, int>)['three'] = 3,
    () => (const {1} as Set<int>).add(2),
  ]) {
    try {
      change();
    } on UnsupportedError catch (e) {
      print(e);
    }
  }

  var (a, b) = const (3, 4);
  print(a * b);
}
