import 'dart:typed_data';

void main() {
  var data = ByteData(16);
  print('${data.lengthInBytes} ${data.offsetInBytes} ${data.elementSizeInBytes}');

  // Big-endian is the default.
  data.setInt32(0, 0x01020304);
  print([for (var i = 0; i < 4; i++) data.getUint8(i)]);
  print(data.getInt32(0));
  print(data.getInt32(0, Endian.little));
  data.setUint16(4, 0xABCD, Endian.little);
  print('${data.getUint8(4)} ${data.getUint8(5)}');
  print(data.getUint16(4).toRadixString(16));
  print(data.getInt16(4, Endian.little));

  // Wrapping and sign.
  data.setInt8(6, 200);
  print('${data.getInt8(6)} ${data.getUint8(6)}');
  data.setUint32(8, -1);
  print('${data.getUint32(8)} ${data.getInt32(8)}');
  data.setInt64(8, -2);
  print('${data.getInt64(8)} ${data.getUint64(8)} ${data.getUint8(8)} ${data.getUint8(15)}');
  data.setInt64(8, 0x0102030405060708, Endian.little);
  print(data.getInt64(8).toRadixString(16));

  // Floats.
  data.setFloat32(0, 1.5);
  print(data.getFloat32(0));
  print([for (var i = 0; i < 4; i++) data.getUint8(i)]);
  data.setFloat32(0, 0.1, Endian.little);
  print(data.getFloat32(0, Endian.little));
  data.setFloat64(8, -0.25);
  print(data.getFloat64(8));
  print(data.getFloat64(8, Endian.little) == -0.25);

  // Endian.
  print(identical(Endian.host, Endian.little) || identical(Endian.host, Endian.big));
  print(Endian.big == Endian.little);
  var host = ByteData(2)..setUint16(0, 1, Endian.host);
  print(Uint16List.view(host.buffer)[0]);

  // A ByteData over a typed list's bytes.
  var words = Uint32List.fromList([0x11223344]);
  var view = ByteData.view(words.buffer);
  print(view.getUint32(0, Endian.host).toRadixString(16));
  var part = ByteData.sublistView(Uint16List.fromList([1, 2, 3]), 1, 3);
  print('${part.lengthInBytes} ${part.offsetInBytes} ${part.getUint16(0, Endian.host)}');
  part.setUint16(2, 42, Endian.host);
  print(part.getUint16(2, Endian.host));
  print(part.buffer.asByteData().lengthInBytes);
  print(data.buffer.asByteData(4, 4).lengthInBytes);
}
