class Shape {
  final String name;
  final int sides;
  Shape(this.name, this.sides);
}

class Polygon extends Shape {
  Polygon(super.name) : super(3);
}

void main() {
  print(Polygon('triangle').sides);
}
