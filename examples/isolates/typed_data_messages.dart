// Typed data sent between isolates: copied (the receiver's changes are its own), views of
// one buffer still share it on the other side, and TransferableTypedData moves its bytes.
import 'dart:async';
import 'dart:isolate';
import 'dart:typed_data';

void worker(SendPort toMain) {
  final inbox = ReceivePort();
  toMain.send(inbox.sendPort);
  inbox.listen((message) {
    if (message == null) {
      inbox.close();
      return;
    }
    if (message is TransferableTypedData) {
      final bytes = message.materialize().asUint8List();
      var sum = 0;
      for (final b in bytes) {
        sum += b;
      }
      try {
        message.materialize();
      } catch (e) {
        toMain.send('second materialize: $e');
      }
      toMain.send('received ${bytes.length} bytes, sum $sum');
      return;
    }
    final list = message as List;
    final Uint8List bytes = list[0];
    final Uint32List words = list[1];
    final Uint8List again = list[2];
    final ByteData data = list[3];
    bytes[0] = 99;
    toMain.send([
      bytes.runtimeType.toString(),
      identical(bytes, again),
      words[0].toRadixString(16),
      bytes.buffer == words.buffer,
      data.getUint16(0),
      Float64List.fromList([1.5, -2.0]),
    ]);
  });
}

void main() async {
  final fromWorker = ReceivePort();
  await Isolate.spawn(worker, fromWorker.sendPort);
  final replies = StreamIterator(fromWorker);
  await replies.moveNext();
  final SendPort toWorker = replies.current;

  final bytes = Uint8List.fromList([1, 2, 3, 4]);
  final words = bytes.buffer.asUint32List();
  final data = ByteData(2)..setUint16(0, 513);
  toWorker.send([bytes, words, bytes, data]);
  await replies.moveNext();
  final reply = replies.current as List;
  print(reply.sublist(0, 5));
  print(bytes[0]);
  final Float64List floats = reply[5];
  print('$floats ${floats is Float64List}');

  final transferable = TransferableTypedData.fromList([
    Uint8List.fromList([1, 2, 3]),
    Uint16List.fromList([256]),
    ByteData(1),
  ]);
  toWorker.send(transferable);
  try {
    transferable.materialize();
  } catch (e) {
    print('sender: $e');
  }
  await replies.moveNext();
  print(replies.current);
  await replies.moveNext();
  print(replies.current);

  final local = TransferableTypedData.fromList([Int8List.fromList([-1, 1])]);
  final buffer = local.materialize();
  print(buffer.asInt8List());
  try {
    local.materialize();
  } catch (e) {
    print(e.runtimeType == ArgumentError);
  }
  toWorker.send(null);
  await replies.cancel();
}
