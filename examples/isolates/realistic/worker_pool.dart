import 'dart:isolate';
import 'dart:typed_data';

sealed class Request {
  final int id;
  const Request(this.id);
}

class Fib extends Request {
  final int n;
  const Fib(super.id, this.n);
}

class Stats extends Request {
  final Float64List data;
  const Stats(super.id, this.data);
}

class Shutdown extends Request {
  const Shutdown() : super(-1);
}

int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

void workerMain((SendPort, String) init) {
  final (reply, name) = init;
  final inbox = ReceivePort();
  reply.send(inbox.sendPort);
  var handled = 0;
  inbox.listen((message) {
    switch (message as Request) {
      case Fib(:final id, :final n):
        handled++;
        reply.send((id: id, result: fib(n), by: name));
      case Stats(:final id, :final data):
        handled++;
        var sum = 0.0;
        for (final x in data) {
          sum += x;
        }
        reply.send((id: id, result: {'sum': sum, 'mean': sum / data.length}, by: name));
      case Shutdown():
        reply.send('$name handled $handled');
        inbox.close();
    }
  });
}

class Pool {
  final List<SendPort> workers;
  final ReceivePort responses;
  final Stream<dynamic> messages;
  Pool(this.workers, this.responses, this.messages);

  static Future<Pool> start(int size) async {
    final responses = ReceivePort();
    final messages = responses.asBroadcastStream();
    final workers = <SendPort>[];
    for (var i = 0; i < size; i++) {
      await Isolate.spawn(workerMain, (responses.sendPort, 'w$i'));
      workers.add(await messages.first as SendPort);
    }
    return Pool(workers, responses, messages);
  }
}

void main() async {
  final pool = await Pool.start(2);
  print('workers: ${pool.workers.length}');
  final requests = <Request>[
    Fib(1, 20),
    Stats(2, Float64List.fromList([1.5, 2.5, 3.5, 4.5])),
    Fib(3, 25),
    Fib(4, 10),
  ];
  final pending = <int>{};
  for (var i = 0; i < requests.length; i++) {
    pending.add(requests[i].id);
    pool.workers[i % 2].send(requests[i]);
  }
  final results = <int, Object?>{};
  final byWorker = <String, List<int>>{};
  await for (final msg in pool.messages) {
    final r = msg as ({int id, Object? result, String by});
    results[r.id] = r.result;
    byWorker.putIfAbsent(r.by, () => []).add(r.id);
    pending.remove(r.id);
    if (pending.isEmpty) break;
  }
  for (final id in results.keys.toList()..sort()) {
    print('request $id -> ${results[id]}');
  }
  print('w0: ${byWorker['w0']}, w1: ${byWorker['w1']}');

  final goodbyes = <String>[];
  final byeStream = pool.messages.take(2).listen((m) => goodbyes.add(m as String));
  for (final w in pool.workers) {
    w.send(const Shutdown());
  }
  await byeStream.asFuture();
  goodbyes.sort();
  print(goodbyes);
  pool.responses.close();
  print('pool closed');
}
