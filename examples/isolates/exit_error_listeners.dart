// Error listeners get [error, stack trace] as strings; with errorsAreFatal false the isolate
// keeps going; setErrorsFatal(true) makes the next error end it; exit listeners fire after
// its death, each once, with the latest response given for its port.
import 'dart:async';
import 'dart:isolate';

void faulty(SendPort port) {
  var inbox = ReceivePort();
  port.send(inbox.sendPort);
  inbox.listen((message) {
    if (message is SendPort) {
      message.send('ready');
      return;
    }
    throw StateError('bad $message');
  });
}

class Inbox {
  final ReceivePort port = ReceivePort();
  late final StreamIterator<dynamic> _it = StreamIterator(port);
  SendPort get sendPort => port.sendPort;
  Future<dynamic> next() async {
    await _it.moveNext();
    return _it.current;
  }

  Future<void> close() => _it.cancel();
}

Future<void> main() async {
  var replies = Inbox();
  var errors = Inbox();
  var moreErrors = Inbox();
  var exits = Inbox();

  var isolate = await Isolate.spawn(faulty, replies.sendPort,
      errorsAreFatal: false, onError: errors.sendPort, onExit: exits.sendPort, debugName: 'faulty');
  var inbox = await replies.next() as SendPort;

  inbox.send(1);
  var error = await errors.next() as List;
  print(error.length);
  print(error[0]);
  print(error[1] is String);

  inbox.send(2);
  print((await errors.next())[0]);

  isolate.addErrorListener(moreErrors.sendPort);
  isolate.addErrorListener(moreErrors.sendPort); // already listening: still one message
  inbox.send(3);
  print('first listener: ${(await errors.next())[0]}');
  print('second listener: ${(await moreErrors.next())[0]}');

  isolate.removeErrorListener(errors.sendPort);
  inbox.send(4);
  print('second listener: ${(await moreErrors.next())[0]}');
  isolate.addErrorListener(errors.sendPort);
  isolate.removeErrorListener(moreErrors.sendPort);
  inbox.send(5);
  print('first listener again: ${(await errors.next())[0]}');

  // Requests are applied in order; 'ready' proves the listeners below are registered.
  var removed = RawReceivePort((message) => print('removed listener notified: $message'));
  isolate.addOnExitListener(exits.sendPort, response: 'replaced by the next response');
  isolate.addOnExitListener(removed.sendPort, response: 'removed');
  isolate.addOnExitListener(replies.sendPort, response: ['exit', 'response']);
  isolate.addOnExitListener(exits.sendPort, response: 'exit response');
  isolate.removeOnExitListener(removed.sendPort);
  inbox.send(replies.sendPort);
  print(await replies.next());

  isolate.setErrorsFatal(true);
  inbox.send(6);
  print((await errors.next())[0]);
  print('exit listeners: ${await exits.next()}, ${await replies.next()}');
  removed.close();

  // Isolate.errors: a broadcast stream whose error events are RemoteErrors.
  var quiet = await Isolate.spawn(faulty, replies.sendPort, errorsAreFatal: false);
  var quietInbox = await replies.next() as SendPort;
  var seen = Completer<void>();
  var subscription = quiet.errors.listen((_) {}, onError: (Object error) {
    print('errors stream: ${error.runtimeType}: $error');
    print(error is RemoteError && error.stackTrace.toString().isNotEmpty);
    seen.complete();
  });
  quietInbox.send(7);
  await seen.future;
  await subscription.cancel();
  quiet.kill(priority: Isolate.immediate);

  await replies.close();
  await errors.close();
  await moreErrors.close();
  await exits.close();
  print('done');
}
