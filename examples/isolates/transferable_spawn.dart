// A TransferableTypedData as the message of Isolate.spawn; the spawned isolate
// materializes it twice, and its uncaught error reaches the error listener.
import 'dart:async';
import 'dart:isolate';
import 'dart:typed_data';

void receiver(TransferableTypedData transferable) {
  final bytes = transferable.materialize().asUint8List();
  print('worker got ${bytes.length} bytes, first ${bytes.first}, last ${bytes.last}');
  transferable.materialize();
}

void main() async {
  final errors = ReceivePort();
  final exits = ReceivePort();
  final data = Uint8List(1024)..[0] = 7..[1023] = 9;
  final transferable = TransferableTypedData.fromList([data]);
  await Isolate.spawn(receiver, transferable, onError: errors.sendPort, onExit: exits.sendPort);
  final error = await errors.first as List;
  print(error[0]);
  await exits.first;
  print('original still usable: ${data[0]} ${data.length}');
}
