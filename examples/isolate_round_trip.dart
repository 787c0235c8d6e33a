// Request/response conversation between main and a spawned isolate.
import 'dart:isolate';

// ports[0]: where the worker announces its own SendPort.
// ports[1]: where the worker sends replies.
void squarer(List<SendPort> ports) {
  final inbox = ReceivePort();
  ports[0].send(inbox.sendPort);
  inbox.listen((msg) {
    if (msg == 0) {
      inbox.close();
    } else {
      ports[1].send('$msg squared is ${msg * msg}');
    }
  });
}

void main() async {
  final handshake = ReceivePort();
  final replies = ReceivePort();
  await Isolate.spawn(squarer, [handshake.sendPort, replies.sendPort]);
  final SendPort toWorker = await handshake.first;
  print('main: got the worker port');

  final requests = [7, 12, 30];
  var index = 0;
  replies.listen((msg) {
    print('main: received "$msg"');
    index++;
    if (index < requests.length) {
      print('main: sending ${requests[index]}');
      toWorker.send(requests[index]);
    } else {
      toWorker.send(0);
      replies.close();
      print('main: all ${requests.length} replies received');
    }
  });
  print('main: sending ${requests[0]}');
  toWorker.send(requests[0]);
}
