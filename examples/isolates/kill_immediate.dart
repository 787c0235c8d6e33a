// Isolate.kill: immediate stops code that never yields (an empty endless loop, a long
// arithmetic loop); beforeNextEvent stops the isolate ahead of its queued messages; a kill
// needs the terminate capability; an isolate can kill itself.
import 'dart:async';
import 'dart:isolate';

void endless(SendPort port) {
  port.send('endless loop running');
  while (true) {}
}

void counting(SendPort port) {
  port.send('long loop running');
  var sum = 0;
  for (var i = 0; i < 1000000000000; i++) {
    sum = (sum + i * i) % 1000003;
  }
  port.send('long loop finished with $sum');
}

void echo(SendPort port) {
  var inbox = ReceivePort();
  port.send(inbox.sendPort);
  inbox.listen((message) => port.send('echo $message'));
}

void suicidal(SendPort port) {
  port.send('about to kill myself');
  Isolate.current.kill(priority: Isolate.immediate);
  port.send('never sent');
}

Future<void> main() async {
  var replies = ReceivePort();
  var it = StreamIterator(replies);
  Future<Object?> next() async {
    await it.moveNext();
    return it.current;
  }

  for (var entry in [endless, counting]) {
    var isolate = await Isolate.spawn(entry, replies.sendPort, onExit: replies.sendPort);
    print(await next());
    isolate.kill(priority: Isolate.immediate);
    print('exit message: ${await next()}');
  }

  // beforeNextEvent: queued messages are never handled.
  var worker = await Isolate.spawn(echo, replies.sendPort);
  var inbox = await next() as SendPort;
  worker.addOnExitListener(replies.sendPort, response: 'echo worker exited');
  var resume = worker.pause();
  inbox.send('queued 1');
  inbox.send('queued 2');
  worker.kill(); // priority: beforeNextEvent
  worker.resume(resume);
  print(await next());

  // Without the terminate capability a kill request is ignored.
  var other = await Isolate.spawn(echo, replies.sendPort);
  var otherInbox = await next() as SendPort;
  var powerless = Isolate(other.controlPort, pauseCapability: other.pauseCapability);
  powerless.kill(priority: Isolate.immediate);
  powerless.kill();
  otherInbox.send('still alive');
  print(await next());
  var empowered = Isolate(other.controlPort, terminateCapability: other.terminateCapability);
  empowered.addOnExitListener(replies.sendPort, response: 'killed through a rebuilt Isolate');
  empowered.kill();
  print(await next());

  await Isolate.spawn(suicidal, replies.sendPort, onExit: replies.sendPort);
  print(await next());
  print('exit message: ${await next()}');

  await it.cancel();
  print('done');
}
