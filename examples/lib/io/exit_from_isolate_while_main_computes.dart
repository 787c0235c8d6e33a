import 'dart:io';
import 'dart:isolate';

void worker(SendPort ready) {
  ready.send('go');
  sleep(Duration(milliseconds: 200));
  print('worker exits the program');
  exit(7);
}

Future<void> main() async {
  var port = ReceivePort();
  await Isolate.spawn(worker, port.sendPort);
  print(await port.first);
  var watch = Stopwatch()..start();
  var n = 0;
  while (watch.elapsedMilliseconds < 30000) {
    n++;
  }
  print('main finished its computation');
}
