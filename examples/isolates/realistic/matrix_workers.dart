import 'dart:async';
import 'dart:isolate';

class Matrix {
  final int n;
  final List<double> cells;
  Matrix(this.n, this.cells);
  factory Matrix.identity(int n) =>
      Matrix(n, [for (var i = 0; i < n * n; i++) i ~/ n == i % n ? 1.0 : 0.0]);
  Matrix operator *(Matrix o) {
    final out = List<double>.filled(n * n, 0);
    for (var i = 0; i < n; i++) {
      for (var j = 0; j < n; j++) {
        var s = 0.0;
        for (var k = 0; k < n; k++) {
          s += cells[i * n + k] * o.cells[k * n + j];
        }
        out[i * n + j] = s;
      }
    }
    return Matrix(n, out);
  }
  double get trace => [for (var i = 0; i < n; i++) cells[i * n + i]].reduce((a, b) => a + b);
}

Matrix power(Matrix m, int e) {
  var result = Matrix.identity(m.n);
  for (var i = 0; i < e; i++) {
    result = result * m;
  }
  return result;
}

void echoForever(SendPort port) {
  final inbox = ReceivePort();
  port.send(inbox.sendPort);
  inbox.listen((msg) => port.send('echo: $msg'));
}

void main() async {
  final m = Matrix(2, [1, 1, 1, 0]);
  final powers = await Future.wait([
    for (final e in [5, 10, 20]) Isolate.run(() => power(m, e))
  ]);
  for (final p in powers) {
    print('fib matrix: ${p.cells.map((c) => c.toInt()).toList()} trace ${p.trace}');
  }

  final port = ReceivePort();
  try {
    await Isolate.run(() => port.sendPort.hashCode + (port.isBroadcast ? 1 : 0));
  } on ArgumentError catch (e) {
    print('unsendable closure rejected: ${e.runtimeType}');
  }

  try {
    await Isolate.run(() => ReceivePort());
  } on RemoteError catch (e) {
    print('unsendable result is a RemoteError: ${e.runtimeType}');
  } catch (e) {
    print('unsendable result: ${e.runtimeType}');
  }

  final replies = ReceivePort();
  final exited = ReceivePort();
  final iso = await Isolate.spawn(echoForever, replies.sendPort, onExit: exited.sendPort);
  final queue = StreamIterator(replies);
  await queue.moveNext();
  final inbox = queue.current as SendPort;
  for (final word in ['hi', 'there']) {
    inbox.send(word);
    await queue.moveNext();
    print(queue.current);
  }
  iso.kill(priority: Isolate.immediate);
  await exited.first;
  print('echo isolate killed');
  await queue.cancel();
  port.close();
}
