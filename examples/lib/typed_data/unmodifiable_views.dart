// Unmodifiable typed-data views (asUnmodifiableView, Dart 3.3+): reads see the underlying
// list, every write throws the VM's UnsupportedError, and lists, ByteData and buffers made
// from an unmodifiable view are unmodifiable too.
import 'dart:typed_data';

void attempt(String what, void Function() action) {
  try {
    action();
    print('$what: no error');
  } on UnsupportedError catch (e) {
    print('$what: ${e.message}');
  }
}

void main() {
  var bytes = Uint8List.fromList([1, 2, 3, 4, 5, 6, 7, 8]);
  var view = bytes.asUnmodifiableView();
  print(view);
  print(view.runtimeType);
  print(view is Uint8List);
  print('${view.length} ${view.lengthInBytes} ${view.offsetInBytes} ${view.elementSizeInBytes}');
  bytes[0] = 100;
  print(view.first);
  print(identical(view.asUnmodifiableView(), view));

  attempt('[]=', () => view[1] = 0);
  attempt('fillRange', () => view.fillRange(0, 2, 9));
  attempt('setRange', () => view.setRange(0, 2, [7, 7]));
  attempt('setAll', () => view.setAll(0, [7]));
  attempt('sort', () => view.sort());
  attempt('first=', () => view.first = 1);
  attempt('add', () => view.add(1));
  attempt('clear', () => view.clear());
  print(bytes);

  var copy = view.sublist(2, 5);
  copy[0] = 42;
  print('${copy.runtimeType} $copy');
  print(view.map((b) => b * 2).toList());
  print(view.reversed.toList());

  var words = view.buffer.asUint16List();
  print(words.runtimeType);
  attempt('buffer view []=', () => words[0] = 1);
  var again = Uint32List.view(view.buffer);
  print(again.runtimeType);
  attempt('Uint32List.view []=', () => again[0] = 1);
  var sub = Int8List.sublistView(view, 1, 3);
  print('${sub.runtimeType} $sub');
  attempt('sublistView []=', () => sub[0] = 1);

  var doubles = Float64List.fromList([1.5, 2.5]).asUnmodifiableView();
  print('${doubles.runtimeType} $doubles');
  attempt('Float64 []=', () => doubles[0] = 0.0);

  var data = ByteData(8);
  data.setInt32(0, 0x01020304);
  var readOnly = data.asUnmodifiableView();
  print(readOnly.runtimeType);
  print(readOnly.getInt32(0).toRadixString(16));
  print(readOnly.getUint8(3));
  attempt('setInt8', () => readOnly.setInt8(0, 1));
  attempt('setFloat64', () => readOnly.setFloat64(0, 1.0));
  data.setUint8(3, 0xff);
  print(readOnly.getUint8(3));
  print(readOnly.buffer.asByteData().runtimeType);
  print(readOnly.buffer.lengthInBytes);
}
