// Isolate.run (values, futures, errors keeping their type), objects and enums in messages,
// onError and onExit listeners, Isolate.current, Isolate.exit, RawReceivePort.
import 'dart:isolate';

class Job {
  final String name;
  final List<int> data;
  Job(this.name, this.data);
  int total() => data.fold(0, (a, b) => a + b);
}

enum Mode { fast, slow }

int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

void worker(List args) {
  SendPort port = args[0];
  Job job = args[1];
  Mode mode = args[2];
  job.data.add(4);
  port.send('${job.name}: ${job.data.length} items, mode ${mode.name}, same enum ${identical(mode, Mode.slow)}');
}

void failing(SendPort p) {
  throw StateError('worker failed');
}

void exiting(SendPort p) {
  Isolate.exit(p, {'done': true});
}

void main() async {
  print(await Isolate.run(() => fib(20)));
  print(await Isolate.run(() async {
    await Future.delayed(Duration(milliseconds: 5));
    return [1, 2, 3];
  }));
  try {
    await Isolate.run(() => throw FormatException('bad input'));
  } on FormatException catch (e) {
    print('caught $e');
  }

  var job = Job('j1', [1, 2, 3]);
  var port = ReceivePort();
  await Isolate.spawn(worker, [port.sendPort, job, Mode.slow]);
  print(await port.first);
  print(job.data);

  var errors = ReceivePort();
  var exits = ReceivePort();
  await Isolate.spawn(failing, errors.sendPort, onError: errors.sendPort, onExit: exits.sendPort);
  var err = await errors.first;
  print(err[0]);
  print(await exits.first);

  var results = ReceivePort();
  await Isolate.spawn(exiting, results.sendPort);
  print(await results.first);

  print(Isolate.current.debugName);
  try {
    await Isolate.run(() {
      Isolate.exit();
    });
  } catch (e) {
    print(e);
  }

  var raw = RawReceivePort();
  raw.handler = (message) {
    print('raw got $message');
    raw.close();
  };
  raw.sendPort.send('ping');
}
