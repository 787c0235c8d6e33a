abstract class Shape {
  factory Shape.circle(double r) = Circle;
  factory Shape.square(double side) = Square.withSide;
  double get area;
}

class Circle implements Shape {
  final double r;
  Circle(this.r);
  double get area => 3 * r * r;
  String toString() => 'Circle($r)';
}

class Square implements Shape {
  final double side;
  Square.withSide(this.side);
  double get area => side * side;
  String toString() => 'Square($side)';
}

abstract class Store<T> {
  factory Store(T first) = ListStore<T>;
  factory Store.single(T only) = ListStore<T>.one;
  factory Store.empty() = ListStore.none;
  List<T> get items;
}

class ListStore<T> implements Store<T> {
  final List<T> items;
  ListStore(T first) : items = <T>[first];
  ListStore.one(T only) : items = <T>[only];
  factory ListStore.none() => ListStore<T>.one(null as T);
}

void main() {
  print(Shape.circle(2).area);
  print(Shape.square(3).area);
  print(Shape.circle(1) is Circle);
  print(Shape.square(1.5));
  var make = Shape.circle;
  print(make(1).area);
  print([1.0, 2.0].map(Shape.square).toList());
  var ints = Store<int>(1);
  print('${ints.runtimeType} ${ints.items.runtimeType} ${ints.items}');
  var strings = Store<String>.single('a');
  print('${strings.runtimeType} ${strings.items}');
  print(Store<String?>.empty().runtimeType);
}
