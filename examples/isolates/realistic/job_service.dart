import 'dart:async';
import 'dart:isolate';
import 'dart:typed_data';

enum Op { sum, reverse, histogram, fail }

class Job {
  final int id;
  final Op op;
  final Object payload;
  Job(this.id, this.op, this.payload);
}

void service(SendPort toClient) {
  final requests = ReceivePort('service requests');
  toClient.send(requests.sendPort);
  requests.listen((msg) {
    if (msg == null) {
      requests.close();
      Isolate.exit(toClient, 'service stopped');
    }
    final job = msg as Job;
    try {
      final Object result = switch (job.op) {
        Op.sum => (job.payload as Int32List).fold<int>(0, (a, b) => a + b),
        Op.reverse => Uint8List.fromList((job.payload as Uint8List).reversed.toList()),
        Op.histogram => _histogram(job.payload as String),
        Op.fail => throw UnsupportedError('op ${job.op.name}'),
      };
      toClient.send([job.id, true, result]);
    } catch (e) {
      toClient.send([job.id, false, e.toString()]);
    }
  });
}

Map<String, int> _histogram(String text) {
  final counts = <String, int>{};
  for (final word in text.toLowerCase().split(RegExp(r'\W+'))) {
    if (word.isEmpty) continue;
    counts[word] = (counts[word] ?? 0) + 1;
  }
  return counts;
}

class Client {
  final _responses = ReceivePort('client responses');
  final _pending = <int, Completer<Object?>>{};
  late final SendPort _service;
  final _ready = Completer<void>();
  final _stopped = Completer<String>();
  int _nextId = 0;

  Future<void> start() async {
    _responses.listen((msg) {
      if (msg is SendPort) {
        _service = msg;
        _ready.complete();
      } else if (msg is String) {
        _stopped.complete(msg);
        _responses.close();
      } else {
        final [int id, bool ok, Object? value] = msg as List;
        final c = _pending.remove(id)!;
        ok ? c.complete(value) : c.completeError(value!);
      }
    });
    await Isolate.spawn(service, _responses.sendPort, debugName: 'service');
    await _ready.future;
  }

  Future<Object?> call(Op op, Object payload) {
    final id = _nextId++;
    final c = Completer<Object?>();
    _pending[id] = c;
    _service.send(Job(id, op, payload));
    return c.future;
  }

  Future<String> stop() {
    _service.send(null);
    return _stopped.future;
  }
}

void main() async {
  final client = Client();
  await client.start();
  final results = await Future.wait([
    client.call(Op.sum, Int32List.fromList([10, 20, 30, -5])),
    client.call(Op.reverse, Uint8List.fromList([1, 2, 3, 255])),
    client.call(Op.histogram, 'The cat and the hat. The END!'),
  ]);
  for (final r in results) {
    print('${r.runtimeType}: $r');
  }
  try {
    await client.call(Op.fail, 0);
  } catch (e) {
    print('remote failure: $e');
  }
  print('pending: ${client._pending.length}');
  print(await client.stop());
}
