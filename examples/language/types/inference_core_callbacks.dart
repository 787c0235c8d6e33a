// List.generate reifies its generator's result type; Future.then's callback is typed by the
// future's value type and its result type is the callback's.
Future<int> two() async => 2;

void main() async {
  var squares = List.generate(3, (i) => i * i);
  print(squares.runtimeType);
  print(squares);
  var labels = List.generate(2, (i) => 'x$i');
  print(labels.runtimeType);
  var halves = List<num>.generate(2, (i) => i);
  print(halves.runtimeType);
  print([squares.first].runtimeType);

  var doubled = two().then((v) => v * 2);
  var value = await doubled;
  print([value].runtimeType);
  print(value);
  var nested = await two().then((v) => two());
  print([nested].runtimeType);
}
