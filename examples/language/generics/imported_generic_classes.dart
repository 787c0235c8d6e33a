// Generic classes from another library keep their type arguments: written ones, ones
// inferred from literal arguments (their least upper bound) and those a factory passes on.
import 'src/containers.dart';

void main() {
  var b = Box<int>();
  print(b.runtimeType);
  print(b is Box<int>);
  print(b is Box<num>);
  print(b is Box<String>);
  print(b.type);
  print(b.accepts(3));
  print(b.accepts('x'));
  print(b.items.runtimeType);

  var s = Box.holding('hi');
  print(s.runtimeType);
  print(s is Box<String>);

  var mixed = Box.of(1, 2.5);
  print(mixed.runtimeType);
  print(mixed.items);
  print(Box<String>.of('a', 'b').items.runtimeType);

  var p = Pair(1, 'one');
  print(p.runtimeType);
  print(p.swap().runtimeType);
  print(p is Pair<int, String>);
  print(p is Pair<String, int>);
  print(Pair<num, Object?>(1, null).runtimeType);

  var sq = Shape.square(3);
  print(sq is Shape<int>);
  print(sq is Shape<double>);
  print(Shape<double>.square(1.5).side);
  print(Box().runtimeType);
}
