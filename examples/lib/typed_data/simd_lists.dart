// Float32x4List, Int32x4List and Float64x2List: 16-byte elements over a ByteBuffer, views
// in both directions, unmodifiable views, and sending them to another isolate (a copy).
import 'dart:isolate';
import 'dart:typed_data';

String hex(int lane) => lane.toUnsigned(32).toRadixString(16).padLeft(8, '0');

void main() async {
  var list = Float32x4List(3);
  print(list);
  print('${list.length} ${list.lengthInBytes} ${list.elementSizeInBytes} ${Float32x4List.bytesPerElement}');
  list[1] = Float32x4(1.0, 2.0, 3.0, 4.0);
  list[2] = list[1] * Float32x4.splat(2.0);
  print(list[2]);
  print(list.runtimeType);

  var floats = list.buffer.asFloat32List();
  print(floats);
  floats[0] = 9.5;
  print(list.first);

  var view = Float32x4List.view(list.buffer, 16, 2);
  print('${view.runtimeType} ${view.length} ${view.offsetInBytes}');
  print(view[0].z);
  var sub = list.sublist(1);
  print('${sub.runtimeType} ${sub.length}');
  sub[0] = Float32x4.zero();
  print(list[1].x);

  var fromList = Float32x4List.fromList([Float32x4.splat(1.0), Float32x4(0.5, 0.25, 0.125, 0.0)]);
  print(fromList.last);
  print(fromList.map((v) => v.signMask).toList());
  try {
    (fromList as dynamic)[0] = 1.0;
  } catch (e) {
    print(e is TypeError);
  }
  try {
    Float32x4List.view(list.buffer, 8);
  } on RangeError catch (e) {
    print(e.message);
  }

  var ints = Int32x4List(2);
  ints[0] = Int32x4(1, -1, 2, -2);
  ints[1] = Int32x4.bool(true, false, true, false);
  var raw = ints.buffer.asInt32List();
  print(raw);
  print(Int32x4List.bytesPerElement);
  print('${hex(ints[1].x)} ${hex(ints[1].y)}');

  var doubles = Float64x2List.fromList([Float64x2(1.5, 2.5), Float64x2(-1.0, 0.0)]);
  print(doubles);
  print(doubles.buffer.asFloat64List());
  var bytes = doubles.buffer.asUint8List();
  print(bytes.length);
  print(Float64x2List.sublistView(bytes, 16).single);

  var readOnly = doubles.asUnmodifiableView();
  print(readOnly.runtimeType);
  try {
    readOnly[0] = Float64x2.zero();
  } on UnsupportedError catch (e) {
    print(e.message);
  }
  print(readOnly[1].x);

  var port = ReceivePort();
  await Isolate.spawn((SendPort reply) {
    var received = Float32x4List(2);
    received[0] = Float32x4(1.0, -1.0, 0.5, 8.0);
    received[1] = Float32x4.splat(3.0);
    reply.send([received, Int32x4(7, 8, 9, 10), Float64x2(0.5, 0.25)]);
  }, port.sendPort);
  var message = await port.first as List;
  var got = message[0] as Float32x4List;
  print('${got.runtimeType} ${got.length}');
  print(got[0]);
  print(got[1].w);
  var lanes = message[1] as Int32x4;
  print('${lanes.x} ${lanes.y} ${lanes.z} ${lanes.w}');
  print(message[2]);
}
