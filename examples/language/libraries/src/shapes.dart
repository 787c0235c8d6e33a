// A library with public and private declarations.
import 'geometry.dart';

abstract class Shape {
  double get area;
  String describe() => '${runtimeType} with area ${_format(area)}';
}

class Square extends Shape {
  final double side;
  Square(this.side);
  @override
  double get area => side * side;
}

String _format(double value) => value.toStringAsFixed(2);

int shapesCreated = 0;

Square makeSquare(double side) {
  shapesCreated++;
  return Square(side);
}

double unitArea() => circleArea(1);
