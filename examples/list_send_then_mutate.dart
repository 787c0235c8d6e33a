// A message is copied when it is sent: mutating the sender's list right after
// send() must not affect what the receiving isolate sees, and vice versa.
import 'dart:isolate';

// ports[0]: where the worker announces its own SendPort.
// ports[1]: where the worker echoes what it received.
void echo(List<SendPort> ports) {
  final inbox = ReceivePort();
  ports[0].send(inbox.sendPort);
  inbox.listen((msg) {
    ports[1].send(msg);
    // Mutating the received copy must not affect the sender either.
    msg.add('added by worker');
    ports[1].send(msg);
    inbox.close();
  });
}

void main() async {
  final handshake = ReceivePort();
  final results = ReceivePort();
  await Isolate.spawn(echo, [handshake.sendPort, results.sendPort]);
  final SendPort toWorker = await handshake.first;

  final data = <Object>[1, 'two', 3.0, [4, 5]];
  toWorker.send(data);
  data.add(6);
  data[0] = 100;
  data.removeLast();
  data.removeLast();
  data.add('changed');
  print('main after mutation: $data');

  var count = 0;
  results.listen((echoed) {
    count++;
    if (count == 1) {
      print('worker received: $echoed');
      print('identical to main list: ${identical(echoed, data)}');
    } else {
      print('worker copy after its own mutation: $echoed');
      print('main list is still: $data');
      results.close();
    }
  });
}
