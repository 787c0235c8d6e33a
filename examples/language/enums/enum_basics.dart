// Simple enums: values, index, name, toString, byName, equality and
// identity, enums as map keys and in collections, and switching on them.

enum Color { red, green, blue }

enum Direction { north, east, south, west }

Direction turnRight(Direction d) {
  switch (d) {
    case Direction.north:
      return Direction.east;
    case Direction.east:
      return Direction.south;
    case Direction.south:
      return Direction.west;
    case Direction.west:
      return Direction.north;
  }
}

void main() {
  print(Color.values);
  print(Color.values.length);
  print(Color.red);
  print(Color.green.toString());
  print('${Color.blue}');
  for (var c in Color.values) {
    print('${c.index} ${c.name}');
  }
  print(Color.values[1]);
  print(Color.values.byName('green'));
  print(Color.values.byName('blue').index);

  var favorite = Color.green;
  print(favorite == Color.green);
  print(favorite == Color.red);
  print(favorite != Color.blue);
  print(identical(favorite, Color.values[1]));
  print(favorite is Color);
  print(favorite is Enum);
  print(favorite.runtimeType);

  var d = Direction.north;
  for (var i = 0; i < 5; i++) {
    d = turnRight(d);
    print(d.name);
  }

  var counts = <Color, int>{};
  var picks = [Color.blue, Color.red, Color.blue, Color.blue, Color.red];
  for (var p in picks) {
    counts[p] = (counts[p] ?? 0) + 1;
  }
  print(counts);
  print(counts[Color.blue]);
  print(counts.containsKey(Color.green));
  print(picks.indexOf(Color.red));
  print(picks.contains(Color.green));

  var names = <String>[];
  for (var dir in Direction.values) {
    if (dir.index % 2 == 0) names.add(dir.name.toUpperCase());
  }
  print(names.join('/'));
}
