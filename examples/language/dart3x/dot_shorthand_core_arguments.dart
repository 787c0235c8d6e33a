// Dot shorthands as arguments of core-library constructors and methods whose parameter has a
// known type: an element E, a key K, a value V, Comparable's T.
enum Color { red, green, blue }

void main() {
  var filled = List<Color>.filled(2, .green, growable: true);
  print(filled);
  filled[1] = .blue;
  print(filled);
  filled.insert(0, .red);
  filled.add(.green);
  print(filled);
  print(filled.indexOf(.blue));
  print(filled.lastIndexOf(.green));

  Set<Color> seen = {};
  print(seen.add(.red));
  print(seen.add(.red));

  Map<Color, int> counts = {};
  counts[.red] = 1;
  counts.putIfAbsent(.blue, () => 2);
  counts.putIfAbsent(.red, () => 3);
  counts.update(.red, (n) => n + 10);
  print(counts);

  Map<String, Color> named = {};
  named['sky'] = .blue;
  print(named);

  Duration d = Duration(seconds: 1);
  print(d.compareTo(.zero));
  print(d.compareTo(.new(seconds: 2)));
  String s = 'b';
  print(s.compareTo(.fromCharCode(97)));
}
