// The UnmodifiableXxxListView, UnmodifiableByteDataView and UnmodifiableByteBufferView
// constructors: the same unmodifiable views as asUnmodifiableView.
import 'dart:typed_data';

void main() {
  var ints = Int16List.fromList([1, -2, 3]);
  var view = UnmodifiableInt16ListView(ints);
  print('$view ${view.runtimeType} ${view is UnmodifiableInt16ListView}');
  ints[0] = 10;
  print(view[0]);
  try {
    view[0] = 1;
  } on UnsupportedError catch (e) {
    print(e.message);
  }
  var floats = UnmodifiableFloat32ListView(Float32List(2));
  print(floats.runtimeType);
  var data = UnmodifiableByteDataView(ByteData(4));
  print('${data.runtimeType} ${data.getUint32(0)}');
  try {
    data.setUint32(0, 1);
  } on UnsupportedError catch (e) {
    print(e.message);
  }
  var buffer = UnmodifiableByteBufferView(Uint8List(4).buffer);
  print(buffer.asUint8List().runtimeType);
  print(buffer.lengthInBytes);
}
