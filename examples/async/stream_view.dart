import 'dart:async';

class Numbers extends StreamView<int> {
  Numbers(List<int> values) : super(Stream.fromIterable(values));
  Future<int> get total => fold(0, (a, b) => a + b);
}

Future<void> main() async {
  var view = StreamView<int>(Stream.fromIterable([1, 2, 3]));
  print(await view.map((x) => x * 10).toList());
  print(view.isBroadcast);
  var broadcast = StreamView<int>(StreamController<int>.broadcast().stream);
  print(broadcast.isBroadcast);
  print(await Numbers([4, 5, 6]).total);
  print(await Numbers([7]).asBroadcastStream().first);
  print(Numbers([]) is Stream<int>);
}
