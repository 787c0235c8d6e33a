// `if (e case pattern when guard)` inside list, set and map literals: the pattern's variables
// are visible in the guard and the then element only; the else element sees the outer names.
sealed class Shape {}

class Circle extends Shape {
  final double r;
  Circle(this.r);
}

class Square extends Shape {
  final double side;
  Square(this.side);
}

void main() {
  Object o = 3;
  print([if (o case int n when n > 2) n * 2 else 0]);
  print([if (o case String s) s.length else -1]);

  var json = <String, Object?>{'name': 'Ada', 'tags': ['x', 'y'], 'age': 36};
  var summary = [
    if (json['name'] case String name) 'name=$name',
    if (json['tags'] case [var first, ...]) 'first tag=$first',
    if (json['missing'] case final m?) 'missing=$m' else 'no missing',
    if (json['age'] case int age when age >= 18) 'adult',
  ];
  print(summary);

  var mixed = <Object>[1, 'two', 3.0, Circle(1), Square(2), 4];
  print({for (var x in mixed) if (x case int i) i: 'int'});
  print(<Object>{for (var x in mixed) if (x case Circle(:var r)) 'circle $r' else if (x case Square(side: var s)) 'square $s'});

  // Closures capture the pattern variable of each element.
  var fs = [for (var x in mixed) if (x case int i when i.isEven) () => i * 100];
  print(fs.map((f) => f()).toList());

  // Nested if-case and collection-for.
  var pairs = [(1, 'a'), (2, 'b'), (3, 'c')];
  print([for (var p in pairs) if (p case (var k, var v) when k != 2) ...[k, v]]);
}
