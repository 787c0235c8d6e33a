// Generic classes used from imported_generic_classes.dart: their instances carry the type
// arguments written or inferred at the call site in the importing library.
class Box<T> {
  final List<T> _items = <T>[];

  Box();

  Box.holding(T item) {
    _items.add(item);
  }

  /// A factory: the class's type parameter is bound to the call's type argument here too.
  factory Box.of(T first, T second) => Box<T>()
    ..add(first)
    ..add(second);

  void add(T item) {
    _items.add(item);
  }

  bool accepts(Object? value) => value is T;
  Type get type => T;
  List<T> get items => _items;
}

class Pair<A, B> {
  final A first;
  final B second;
  Pair(this.first, this.second);
  Pair<B, A> swap() => Pair<B, A>(second, first);
}

abstract class Shape<N extends num> {
  factory Shape.square(N side) => _Square<N>(side);
  N get side;
}

class _Square<N extends num> implements Shape<N> {
  final N side;
  _Square(this.side);
}
