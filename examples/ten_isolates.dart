// Ten isolates run concurrently and report back on a single port; main
// stores each result by index so the output order is deterministic.
import 'dart:isolate';

void sumOfSquares(List<dynamic> args) {
  final int index = args[0];
  final SendPort reply = args[1];
  final n = (index + 1) * 1000;
  var sum = 0;
  for (var k = 1; k <= n; k++) {
    sum += k * k;
  }
  reply.send([index, sum]);
}

void main() {
  final port = ReceivePort();
  final results = <int>[];
  final seen = <int>[];
  for (var i = 0; i < 10; i++) {
    results.add(-1);
    seen.add(0);
  }
  for (var i = 0; i < 10; i++) {
    Isolate.spawn(sumOfSquares, [i, port.sendPort]);
  }
  var received = 0;
  port.listen((msg) {
    results[msg[0]] = msg[1];
    seen[msg[0]] += 1;
    received++;
    if (received == 10) {
      port.close();
      var total = 0;
      for (var i = 0; i < 10; i++) {
        print('isolate $i: sum of squares up to ${(i + 1) * 1000} = ${results[i]}');
        total += results[i];
      }
      print('seen: $seen');
      print('total: $total');
    }
  });
  print('spawned 10 isolates');
}
