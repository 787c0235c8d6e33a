// `await port.first` takes the first message and closes the ReceivePort, so
// the program ends once both values have arrived.
import 'dart:isolate';

void sumWorker(SendPort reply) {
  var total = 0;
  for (var i = 1; i <= 100; i++) {
    total += i;
  }
  reply.send(total);
}

void summaryWorker(SendPort reply) {
  reply.send({
    'name': 'worker',
    'values': [1, 2.5, 'three', true, null],
    'nested': {'empty': [], 'n': -1},
  });
}

void main() async {
  final port = ReceivePort();
  await Isolate.spawn(sumWorker, port.sendPort);
  final result = await port.first;
  print('result: $result');
  print('doubled: ${result * 2}');

  final second = ReceivePort();
  await Isolate.spawn(summaryWorker, second.sendPort);
  final summary = await second.first;
  print(summary);
  print(summary['values'][2]);
  print('done');
}
