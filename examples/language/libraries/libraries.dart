// Imports of other files: show/hide, prefixes, re-exports, cyclic imports, private names,
// and top-level state that exists once per program.
import 'src/shapes.dart';
import 'src/geometry.dart' as geo show Circle, circleArea, pi;
import 'src/shapes.dart' as shapes hide Square;

void main() {
  var s = makeSquare(3);
  print(s.area);
  print(s.describe());
  var c = geo.Circle(2);
  print(c.describe());
  print(geo.circleArea(2));
  print(geo.pi);
  print(shapesCreated);
  makeSquare(1);
  print(shapes.shapesCreated);
  print(unitArea());
  print(c is Shape);
}
