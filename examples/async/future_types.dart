// Futures reify their type argument: an async function's declared Future<T>, Completer<T>,
// Future<T>.value and Future.value of a value whose type has no type arguments; StreamController<T>
// likewise.
import 'dart:async';
Future<int> answer() async => 42;
Future<void> nothing() async {}
Future<List<String>> names() async => ['a'];
dynamic untyped() async => 1;
void main() async {
  print(Future.value(1));
  print(Future.value('s').runtimeType);
  print(Completer<String>().future);
  print(Completer<int>.sync().future.runtimeType);
  print(answer());
  print(nothing());
  print(names().runtimeType);
  print(untyped());
  print(Future.value(1) is Future<int>);
  print(Future.value(1) is Future<String>);
  print(answer() is Future<num>);
  Future<num> n = answer();
  print(await n);
  Future<List<int>> l = Future.value([]);
  print(await l);
  // Stream controllers reify a written type argument too.
  print(StreamController<int>());
  print(StreamController<String>.broadcast().stream);
  print(StreamController<int>(sync: true).stream);
}
