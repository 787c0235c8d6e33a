// Isolate.pause / resume: a paused isolate keeps receiving messages but delivers none until
// every pause capability is resumed; control requests (ping) are still answered meanwhile.
import 'dart:async';
import 'dart:isolate';

void started(SendPort port) {
  port.send('entry point ran');
}

// Replies 'echo <message>' to every message until 'stop'.
void echo(SendPort replies) {
  var inbox = ReceivePort();
  replies.send(inbox.sendPort);
  inbox.listen((message) {
    if (message == 'stop') {
      inbox.close();
    } else {
      replies.send('echo $message');
    }
  });
}

Future<void> main() async {
  var replies = ReceivePort();
  var it = StreamIterator(replies);
  Future<Object?> next() async {
    await it.moveNext();
    return it.current;
  }

  // Spawned paused: the entry point waits for resume(pauseCapability).
  var sleeper = await Isolate.spawn(started, replies.sendPort, paused: true);
  sleeper.ping(replies.sendPort, response: 'ping answered before the entry point');
  print(await next());
  sleeper.resume(sleeper.pauseCapability!);
  print(await next());

  var worker = await Isolate.spawn(echo, replies.sendPort);
  var inbox = await next() as SendPort;

  // Messages queue up while paused; a before-next-event ping is answered only after resume,
  // ahead of the queued messages.
  var capability = worker.pause();
  inbox.send('a');
  worker.ping(replies.sendPort, response: 'immediate ping while paused');
  print(await next());
  worker.ping(replies.sendPort, response: 'before-next-event ping', priority: Isolate.beforeNextEvent);
  worker.resume(Capability()); // not a capability it was paused with: no effect
  worker.ping(replies.sendPort, response: 'still paused');
  print(await next());
  worker.resume(capability);
  print(await next());
  print(await next());

  // Pausing twice with one capability needs one resume.
  var once = worker.pause();
  print(identical(worker.pause(once), once));
  inbox.send('b');
  worker.resume(once);
  print(await next());

  // Two capabilities need two resumes.
  var first = worker.pause();
  var second = worker.pause();
  print(first == second);
  inbox.send('c');
  worker.resume(first);
  worker.ping(replies.sendPort, response: 'paused until the second resume');
  print(await next());
  worker.resume(second);
  print(await next());

  // An Isolate made from the control port alone has no pause capability: pause is ignored.
  var limited = Isolate(worker.controlPort);
  print(limited.pauseCapability);
  print(limited.terminateCapability);
  limited.pause();
  inbox.send('d');
  print(await next());

  inbox.send('stop');
  await it.cancel();
  print('done');
}
