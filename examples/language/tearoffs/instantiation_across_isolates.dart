// Instantiated generic functions sent to other isolates keep their type arguments.
import 'dart:isolate';
T id<T>(T x) => x;
List<T> pair<T>(T a) => [a, a];
List<T Function(T)> makers<T>() => [id<T>];
void main() async {
  var f = pair<int>;
  var back = await Isolate.run(() => f(21));
  print(back);
  var port = ReceivePort();
  port.sendPort.send(id<String>);
  var got = await port.first;
  print(got);
  print(got('s'));
  print(makers<double>().first);
}
