// Samples in the style of the Dart language tour: classes, mixins, interfaces,
// extension types, generators, async streams and generics with bounds.
import 'dart:async';

abstract interface class Describable {
  String describe();
}

mixin Piloted {
  int astronauts = 1;
  void describeCrew() => print('Number of astronauts: $astronauts');
}

mixin Logged on Spacecraft {
  final List<String> journal = [];
  @override
  void launch() {
    journal.add('launching $name');
    super.launch();
    journal.add('launched $name');
  }
}

class Spacecraft implements Describable {
  String name;
  DateTime? launchDate;
  int? get launchYear => launchDate?.year;
  static int built = 0;

  Spacecraft(this.name, this.launchDate) {
    built++;
  }
  Spacecraft.unlaunched(String name) : this(name, null);

  void launch() => print('$name lifts off');

  @override
  String describe() {
    final buffer = StringBuffer('Spacecraft: $name');
    final launchDate = this.launchDate;
    if (launchDate != null) {
      final years = 2024 - launchDate.year;
      buffer.write(', launched $launchYear ($years years ago)');
    } else {
      buffer.write(', unlaunched');
    }
    return buffer.toString();
  }
}

class Orbiter extends Spacecraft with Logged {
  double altitude;
  Orbiter(super.name, super.launchDate, this.altitude);
  @override
  String describe() => '${super.describe()} at ${altitude}km';
}

class PilotedCraft extends Spacecraft with Piloted {
  PilotedCraft(super.name, super.launchDate) {
    astronauts = 3;
  }
}

extension type const Meters(double value) implements Object {
  Meters operator +(Meters other) => Meters(value + other.value);
  Meters scale(num k) => Meters(value * k);
  String get label => '${value.toStringAsFixed(1)} m';
  static const zero = Meters(0);
}

extension type UserId._(int id) {
  factory UserId.parse(String s) => UserId._(int.parse(s.substring(1)));
  bool get isAdmin => id < 10;
}

class Pair<A extends Comparable<A>, B> {
  final A first;
  final B second;
  const Pair(this.first, this.second);
  Pair<A, C> withSecond<C>(C value) => Pair(first, value);
  @override
  String toString() => 'Pair<$A, $B>($first, $second)';
}

T maxOf<T extends Comparable<T>>(Iterable<T> items) =>
    items.reduce((a, b) => a.compareTo(b) >= 0 ? a : b);

Iterable<int> fibonacci({int limit = 100}) sync* {
  var (a, b) = (0, 1);
  while (a <= limit) {
    yield a;
    (a, b) = (b, a + b);
  }
}

Iterable<String> countdown(int from) sync* {
  if (from < 0) return;
  yield '$from';
  yield* countdown(from - 1);
}

Stream<int> ticks(int n) async* {
  for (var i = 1; i <= n; i++) {
    await Future<void>.delayed(Duration.zero);
    yield i;
  }
}

Future<int> sumStream(Stream<int> stream) async {
  var sum = 0;
  await for (final value in stream) {
    sum += value;
  }
  return sum;
}

Future<void> main() async {
  final voyager = Spacecraft('Voyager I', DateTime(1977, 9, 5));
  final voyager3 = Spacecraft.unlaunched('Voyager III');
  print(voyager.describe());
  print(voyager3.describe());
  final hubble = Orbiter('Hubble', DateTime.utc(1990, 4, 24), 540)..launch();
  print(hubble.describe());
  print(hubble.journal);
  final dragon = PilotedCraft('Dragon', DateTime(2020));
  dragon.describeCrew();
  print([voyager, hubble, dragon].whereType<Describable>().length);
  print(hubble is Logged && dragon is Piloted && hubble is! Piloted);
  print(Spacecraft.built);

  const height = Meters(1.8);
  final total = height + Meters(0.45);
  print(total.label);
  print(height.scale(2).value);
  print(Meters.zero.label);
  print(total is Meters);
  final user = UserId.parse('u7');
  print('${user.id} ${user.isAdmin}');
  print(UserId.parse('u42').isAdmin);

  final pair = Pair('b', 2);
  print(pair);
  print(pair.withSecond([true]));
  print(maxOf(['pear', 'apple', 'zucchini', 'fig']));
  print(maxOf([3, 9, 2]));
  print(maxOf([DateTime(2020), DateTime(2019)]).year);

  print(fibonacci().toList());
  print(fibonacci(limit: 10).where((n) => n.isOdd).map((n) => n * n).toList());
  print(countdown(3).join(', '));
  print(countdown(-1).isEmpty);

  print(await sumStream(ticks(4)));
  final squares = await ticks(3).map((i) => i * i).toList();
  print(squares);
  final labels = ticks(5).where((i) => i.isEven).map((i) => 'tick $i');
  await for (final l in labels) {
    print(l);
  }
  final controller = StreamController<String>();
  final done = controller.stream.transform(StreamTransformer<String, int>.fromHandlers(
    handleData: (s, sink) => sink.add(s.length),
  )).fold(0, (a, b) => a + b);
  controller
    ..add('one')
    ..add('three');
  await controller.close();
  print(await done);

  var flags = [
    'base',
    if (hubble.altitude > 500) 'high',
    for (final c in [voyager, dragon]) if (c.launchYear case final y? when y > 2000) 'recent:${c.name}',
  ];
  print(flags);
  final Map<String, List<int>> index = {};
  for (final (i, word) in 'the cat and the hat'.split(' ').indexed) {
    index.putIfAbsent(word, () => []).add(i);
  }
  print(index);
}
