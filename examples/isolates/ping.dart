// Isolate.ping: an immediate ping is answered even while the isolate runs code that never
// returns to its event loop; a before-next-event ping waits for the next event boundary.
import 'dart:async';
import 'dart:isolate';

void spin(SendPort port) {
  port.send('spinning');
  var n = 0;
  while (true) {
    n++;
  }
}

void idle(SendPort port) {
  var inbox = ReceivePort();
  port.send(inbox.sendPort);
  inbox.listen((message) {
    port.send('handled $message');
    if (message == 'last') inbox.close();
  });
}

Future<void> main() async {
  var replies = ReceivePort();
  var it = StreamIterator(replies);
  Future<Object?> next() async {
    await it.moveNext();
    return it.current;
  }

  var worker = await Isolate.spawn(idle, replies.sendPort);
  var inbox = await next() as SendPort;
  worker.ping(replies.sendPort);
  print(await next());
  worker.ping(replies.sendPort, response: [1, 'two', {'three': 3}]);
  print(await next());
  var resumeCapability = worker.pause();
  inbox.send('first');
  worker.ping(replies.sendPort, response: 'before next event', priority: Isolate.beforeNextEvent);
  worker.ping(replies.sendPort, response: 'immediate');
  print(await next());
  worker.resume(resumeCapability);
  print(await next());
  print(await next());
  inbox.send('last');
  print(await next());

  var spinner = await Isolate.spawn(spin, replies.sendPort);
  print(await next());
  spinner.ping(replies.sendPort, response: 'answered while spinning');
  print(await next());
  spinner.addOnExitListener(replies.sendPort, response: 'spinner gone');
  spinner.kill(priority: Isolate.immediate);
  print(await next());

  // A dead isolate answers no ping; the ping port stays empty.
  spinner.ping(replies.sendPort, response: 'never');
  await it.cancel();
  print('done');
}
