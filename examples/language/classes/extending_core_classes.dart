// User classes extending core classes without constructor arguments: Iterable, Stream,
// MapBase and errors whose toString is Object's (TypeError) or their own.
import 'dart:async';
import 'dart:collection';
class Nums extends Iterable<int> {
  @override
  Iterator<int> get iterator => [1, 2, 3].iterator;
}
class Single extends Stream<int> {
  @override
  StreamSubscription<int> listen(void Function(int)? onData, {Function? onError, void Function()? onDone, bool? cancelOnError}) =>
      Stream.fromIterable([7]).listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
}
class Bag extends MapBase<String, int> {
  final _m = <String, int>{};
  int? operator [](Object? k) => _m[k];
  void operator []=(String k, int v) => _m[k] = v;
  void clear() => _m.clear();
  Iterable<String> get keys => _m.keys;
  int? remove(Object? k) => _m.remove(k);
}
class MyErr extends Error {
  String toString() => 'MyErr';
}
void main() async {
  print(Nums());
  print(Nums().map((x) => x * 2).toList());
  print(await Single().toList());
  print((Bag()..['a'] = 1).toString());
  print(MyErr());
  more();
}
class TE extends TypeError {}
class CM extends ConcurrentModificationError {
  CM(Object o) : super(o);
}
class UE extends UnimplementedError {}
void more() {
  print(TE());
  print(CM([1]));
  print(UE());
}
