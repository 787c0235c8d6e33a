// Typed data as an Isolate.run result and in a computation's captured variables.
import 'dart:isolate';
import 'dart:typed_data';

void main() async {
  final bytes = await Isolate.run(() => Uint8List.fromList([1, 2, 300]));
  print('${bytes.runtimeType} $bytes');

  final data = Float32List.fromList([0.5, 0.25]);
  final sum = await Isolate.run(() {
    data[0] = 5;
    return data.fold<double>(0, (a, b) => a + b);
  });
  print(sum);
  print(data[0]);

  final view = Uint8List.fromList([1, 2, 3, 4]).buffer.asUint16List(2);
  final back = await Isolate.run(() => view);
  print('${back.runtimeType} ${back.length} ${back.offsetInBytes} ${back.buffer.lengthInBytes}');
  print(back.buffer.asUint8List());

  final words = await Isolate.run(() => ByteData(4)..setUint32(0, 0xCAFEBABE));
  print(words.getUint32(0).toRadixString(16));
}
