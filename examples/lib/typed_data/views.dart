import 'dart:typed_data';

void main() {
  var bytes = Uint8List(8);
  var buffer = bytes.buffer;
  print(buffer.lengthInBytes);
  print(buffer == bytes.buffer);

  // Views share the bytes.
  var words = buffer.asUint32List();
  words[0] = 0xFFFFFFFF;
  print(bytes);
  bytes[7] = 1;
  var shorts = Uint16List.view(buffer, 4);
  print('${shorts.length} ${shorts.offsetInBytes} ${shorts.lengthInBytes}');
  shorts[0] = 0x0102;
  print(bytes.sublist(4));
  print(shorts.buffer == buffer);

  var middle = Uint8List.view(buffer, 2, 3);
  print(middle);
  middle.fillRange(0, 3, 9);
  print(bytes);
  print(middle.runtimeType);
  print(middle is Uint8List);

  // sublistView: a view of part of another typed list.
  var ints = Int32List.fromList([10, 20, 30, 40]);
  var tail = Int32List.sublistView(ints, 2);
  print(tail);
  tail[0] = -1;
  print(ints);
  var asBytes = Uint8List.sublistView(ints, 1, 2);
  print(asBytes.length);
  print(asBytes.offsetInBytes);
  var signed = Int8List.view(Uint8List.fromList([255, 128, 1]).buffer);
  print(signed);

  // Copying between lists of the same element size copies the bytes.
  var fromSigned = Uint8List(3)..setRange(0, 3, signed);
  print(fromSigned);
  var clamped = Uint8ClampedList(3)..setRange(0, 3, signed);
  print(clamped);
  var floats = Float32List(1)..setRange(0, 1, Int32List.fromList([0x3FC00000]));
  print(floats);

  // Overlapping ranges in one buffer.
  var seq = Uint8List.fromList([1, 2, 3, 4, 5, 6]);
  seq.setRange(1, 5, seq);
  print(seq);
  var wide = Uint16List.view(seq.buffer, 0, 2);
  seq.setRange(0, 2, wide);
  print(seq);

  // Endianness of a view follows the host.
  var probe = Uint16List.fromList([0x0102]);
  var first = probe.buffer.asUint8List()[0];
  print(first == (Endian.host == Endian.little ? 2 : 1));
  var all = Float64List(2).buffer.asByteData();
  print(all.lengthInBytes);
}
