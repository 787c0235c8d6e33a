// Stream.value and Stream.fromIterable reify their event type, as the VM's
// _ControllerStream<T> and _MultiStream<T> do.
import 'dart:async';

void main() async {
  var single = Stream.value(1);
  print(single.runtimeType);
  print(single);
  print(single is Stream<int>);
  print(single is Stream<String>);

  var many = Stream.fromIterable(['a', 'b']);
  print(many.runtimeType);
  print(many is Stream<String>);
  print(many is Stream<int>);
  print(await many.toList());

  var controller = StreamController<int>();
  print(controller.stream is Stream<int>);
  print(controller.stream is Stream<String>);
}
