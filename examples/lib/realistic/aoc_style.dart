// Advent-of-Code style puzzle solving: parsing input with split/RegExp,
// records and patterns, sets of coordinates, sorting, int math and sync*.
const input = '''
move 3 from 1 to 2
Sensor at x=2, y=18: closest beacon is at x=-2, y=15
Sensor at x=9, y=16: closest beacon is at x=10, y=16
R 4
U 4
L 3
D 1
R 4
D 1
L 5
R 2
''';

typedef Pos = ({int x, int y});

Iterable<Pos> neighbours(Pos p) sync* {
  for (var dy = -1; dy <= 1; dy++) {
    for (var dx = -1; dx <= 1; dx++) {
      if (dx != 0 || dy != 0) yield (x: p.x + dx, y: p.y + dy);
    }
  }
}

int manhattan(Pos a, Pos b) => (a.x - b.x).abs() + (a.y - b.y).abs();

void main() {
  final lines = input.trim().split('\n');
  final moveRe = RegExp(r'^move (\d+) from (\d+) to (\d+)$');
  final sensorRe = RegExp(r'x=(-?\d+), y=(-?\d+)');
  final sensors = <(Pos, Pos)>[];
  final steps = <(String, int)>[];
  for (final line in lines) {
    if (moveRe.firstMatch(line) case final m?) {
      final [n, from, to] = [1, 2, 3].map((g) => int.parse(m[g]!)).toList();
      print('move n=$n $from->$to');
    } else if (line.startsWith('Sensor')) {
      final ms = sensorRe.allMatches(line).map((m) => (x: int.parse(m[1]!), y: int.parse(m[2]!))).toList();
      sensors.add((ms[0], ms[1]));
    } else {
      final [dir, count] = line.split(' ');
      steps.add((dir, int.parse(count)));
    }
  }
  for (final (s, b) in sensors) {
    print('sensor $s beacon $b range ${manhattan(s, b)}');
  }

  // Rope simulation (head and one tail knot).
  var head = (x: 0, y: 0);
  var tail = (x: 0, y: 0);
  final visited = <Pos>{tail};
  for (final (dir, count) in steps) {
    for (var i = 0; i < count; i++) {
      head = switch (dir) {
        'R' => (x: head.x + 1, y: head.y),
        'L' => (x: head.x - 1, y: head.y),
        'U' => (x: head.x, y: head.y + 1),
        'D' => (x: head.x, y: head.y - 1),
        _ => throw ArgumentError.value(dir, 'dir'),
      };
      if ((head.x - tail.x).abs() > 1 || (head.y - tail.y).abs() > 1) {
        tail = (x: tail.x + (head.x - tail.x).sign, y: tail.y + (head.y - tail.y).sign);
        visited.add(tail);
      }
    }
  }
  print('head=$head tail=$tail visited=${visited.length}');
  final xs = visited.map((p) => p.x);
  final ys = visited.map((p) => p.y);
  final minX = xs.reduce((a, b) => a < b ? a : b), maxX = xs.reduce((a, b) => a > b ? a : b);
  final minY = ys.reduce((a, b) => a < b ? a : b), maxY = ys.reduce((a, b) => a > b ? a : b);
  for (var y = maxY; y >= minY; y--) {
    final row = StringBuffer();
    for (var x = minX; x <= maxX; x++) {
      row.write(visited.contains((x: x, y: y)) ? '#' : '.');
    }
    print(row);
  }
  print(neighbours((x: 0, y: 0)).where(visited.contains).length);
  print(neighbours((x: 1, y: 1)).take(3).toList());

  // Sorting records and tie-breaking.
  final scores = [('eve', 3), ('bob', 5), ('amy', 3), ('dan', 5), ('cat', 1)];
  scores.sort((a, b) => b.$2 != a.$2 ? b.$2.compareTo(a.$2) : a.$1.compareTo(b.$1));
  print(scores);
  final ranks = {for (final (i, (name, _)) in scores.indexed) name: i + 1};
  print(ranks);
  print(scores.map((s) => s.$2).toSet().toList()..sort());

  // Number crunching: primes, digit sums, overflow-safe hashing.
  final sieve = List.filled(50, true)..[0] = false..[1] = false;
  for (var i = 2; i * i < 50; i++) {
    if (sieve[i]) {
      for (var j = i * i; j < 50; j += i) {
        sieve[j] = false;
      }
    }
  }
  final primes = [for (var i = 0; i < 50; i++) if (sieve[i]) i];
  print(primes);
  print(primes.fold(0, (a, b) => a + b));
  var h = 17;
  for (final c in 'hello world'.codeUnits) {
    h = (h * 31 + c) & 0xFFFFFFFF;
  }
  print(h);
  var big = 1;
  for (var i = 0; i < 70; i++) {
    big *= 3;
  }
  print(big);
  print(12345.toString().split('').map(int.parse).reduce((a, b) => a + b));
  print(List.generate(5, (i) => i * i).join(' '));
}
