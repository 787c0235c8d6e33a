import 'dart:typed_data';

void attempt(String what, void Function() action) {
  try {
    action();
    print('$what: ok');
  } catch (e) {
    print('$what: $e');
  }
}

void main() {
  var bytes = Uint8List(3);
  attempt('read past the end', () => bytes[5]);
  attempt('write before the start', () => bytes[-1] = 0);
  attempt('read of an empty list', () => Float64List(0)[0]);
  attempt('add', () => bytes.add(1));
  attempt('addAll', () => bytes.addAll([1]));
  attempt('remove', () => bytes.remove(1));
  attempt('removeLast', () => bytes.removeLast());
  attempt('first of empty', () => Int8List(0).first);
  attempt('set first of empty', () => Int8List(0).first = 1);
  attempt('sublist', () => bytes.sublist(2, 1));
  attempt('getRange', () => bytes.getRange(0, 4));
  attempt('setRange with too few', () => bytes.setRange(0, 3, [1]));
  attempt('setRange past the end', () => bytes.setRange(1, 4, [1, 2, 3]));
  attempt('fillRange without a value', () => bytes.fillRange(0, 1));

  var data = ByteData(16);
  attempt('getInt32 at 14', () => data.getInt32(14));
  attempt('getUint8 at -1', () => data.getUint8(-1));
  attempt('setFloat64 at 9', () => data.setFloat64(9, 1.0));
  attempt('getInt16 at 15', () => data.getInt16(15, Endian.little));
  attempt('getInt64 at 8', () => data.getInt64(8));

  var buffer = Uint8List(8).buffer;
  attempt('unaligned view', () => buffer.asUint32List(2));
  attempt('view too long', () => Uint8List.view(buffer, 4, 10));
  attempt('view at a negative offset', () => buffer.asByteData(-1));
  attempt('view of negative length', () => Int16List.view(buffer, 0, -1));
  attempt('sublistView past the end', () => Uint8List.sublistView(Uint8List(2), 1, 3));
}
