import 'dart:io';
import 'dart:isolate';

void worker(SendPort ready) {
  print('worker exits the program');
  exit(7);
}

Future<void> main() async {
  print('main');
  var port = ReceivePort();
  await Isolate.spawn(worker, port.sendPort);
  await port.first;
  print('never printed');
}
