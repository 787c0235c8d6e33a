// Zone values: Zone.current[key] in a zone, its forks, and every callback registered in it
// (microtasks, timers, future callbacks, stream listeners, await continuations).
import 'dart:async';

Future<void> later(String label) async {
  await Future.delayed(Duration(milliseconds: 1));
  print('$label: ${Zone.current[#user]}');
}

void main() async {
  print('root: ${Zone.current[#user]}');
  print(identical(Zone.current, Zone.root));
  print(Zone.root.parent);
  print(Zone.root);

  await runZoned(() async {
    print('in zone: ${Zone.current[#user]}');
    print(identical(Zone.current.parent, Zone.root));
    print(Zone.current);
    await later('after await');
    var outer = Zone.current;
    var child = outer.fork(zoneValues: {#request: 42});
    child.run(() {
      print('child: ${Zone.current[#user]} ${Zone.current[#request]}');
      print(identical(Zone.current.parent, outer));
    });
    outer.fork(zoneValues: {#user: 'override'}).run(() => print('forked: ${Zone.current[#user]}'));
    print('back: ${Zone.current[#user]} ${Zone.current[#request]}');
    print('run returns ${child.run(() => 'value')}');
  }, zoneValues: {#user: 'alice'});
  print('after: ${Zone.current[#user]}');

  late StreamController<int> controller;
  final done = Completer<void>();
  runZoned(() {
    scheduleMicrotask(() => print('microtask: ${Zone.current[#user]}'));
    Timer(Duration.zero, () => print('timer: ${Zone.current[#user]}'));
    Future.value(1).then((_) => print('then: ${Zone.current[#user]}'));
    Future<void>.error('x')
        .catchError((_) => print('catchError: ${Zone.current[#user]}'))
        .whenComplete(() => print('whenComplete: ${Zone.current[#user]}'));
    controller = StreamController<int>();
    controller.stream.listen((v) => print('listen $v: ${Zone.current[#user]}'), onDone: () {
      print('onDone: ${Zone.current[#user]}');
      done.complete();
    });
  }, zoneValues: {#user: 'bob'});
  print('outside: ${Zone.current[#user]}');
  Timer(Duration(milliseconds: 5), () {
    controller.add(1);
    controller.close();
  });
  await done.future;
  print('end: ${Zone.current[#user]}');
}
