// Message copying preserves object identity inside one message: two map
// entries that refer to the same list still share one list after the copy,
// and a list that contains itself stays cyclic.
import 'dart:isolate';

// args[0]: reply port, args[1]: the map, args[2]: a cyclic list.
void inspector(List<dynamic> args) {
  final SendPort reply = args[0];
  final map = args[1];
  final List<int> a = map['a'];
  final List<int> b = map['b'];
  final cyclic = args[2];
  final report = <String>[];
  report.add('worker: a and b identical: ${identical(a, b)}');
  report.add('worker: a and c identical: ${identical(a, map['c'])}');
  a.add(4);
  a[0] = 100;
  report.add('worker: b after mutating a: $b');
  report.add('worker: map is now $map');
  report.add('worker: cycle preserved: ${identical(cyclic[1], cyclic)}');
  report.add('worker: cyclic first element: ${cyclic[0]}');
  reply.send(report);
  reply.send(map);
}

void main() async {
  final port = ReceivePort();
  final shared = [1, 2, 3];
  final m = {'a': shared, 'b': shared, 'c': [1, 2, 3]};
  final cyclic = [];
  cyclic.add('loop');
  cyclic.add(cyclic);
  print('main: a and b identical: ${identical(m['a'], m['b'])}');
  await Isolate.spawn(inspector, [port.sendPort, m, cyclic]);

  var count = 0;
  port.listen((msg) {
    count++;
    if (count == 1) {
      for (var line in msg) {
        print(line);
      }
    } else {
      print('main: map sent back: $msg');
      print('main: shared list still shared: ${identical(msg['a'], msg['b'])}');
      print('main: original map unchanged: $m');
      print('main: sent-back map is a copy: ${identical(msg, m)}');
      port.close();
    }
  });
}
