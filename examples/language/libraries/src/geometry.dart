// Imports shapes.dart back (a cycle) and re-exports a third library.
import 'shapes.dart';
export 'constants.dart' show pi;

double circleArea(double r) => 3.0 * r * r;

class Circle extends Shape {
  final double radius;
  Circle(this.radius);
  @override
  double get area => circleArea(radius);
}
