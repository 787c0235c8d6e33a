import 'dart:typed_data';

void main() {
  // Storing wraps to the element size, or clamps.
  var u8 = Uint8List(4);
  u8[0] = 300;
  u8[1] = -1;
  u8[2] = 255;
  print(u8);
  print(Int8List.fromList([127, 128, 255, -129]));
  print(Uint8ClampedList.fromList([-5, 100, 300]));
  print(Int16List.fromList([32767, 32768, 65535]));
  print(Uint16List.fromList([-1, 65536, 70000]));
  print(Int32List.fromList([2147483648, -1]));
  print(Uint32List.fromList([-1, 4294967296]));
  print(Int64List.fromList([9223372036854775807, -1]));
  print(Uint64List.fromList([-1, 5]));
  print(Float32List.fromList([1.1, 0.5, -2.25]));
  print(Float64List.fromList([1.1, 0.5]));
  print(Float64List(3));

  // Types.
  print(u8.runtimeType);
  print(Float64List(1).runtimeType);
  print(u8 is List<int>);
  print(u8 is TypedData);
  print(u8 is Uint8List);
  print(u8 is Int8List);
  print(Float32List(1) is List);

  // Sizes.
  print('${Uint8List.bytesPerElement} ${Int16List.bytesPerElement} ${Uint32List.BYTES_PER_ELEMENT} '
      '${Int64List.BYTES_PER_ELEMENT} ${Float32List.bytesPerElement} ${Float64List.BYTES_PER_ELEMENT}');
  var i32 = Int32List(5);
  print('${i32.length} ${i32.lengthInBytes} ${i32.elementSizeInBytes} ${i32.offsetInBytes}');

  // The List API.
  var list = Int16List.fromList([5, -3, 9, 1, 9]);
  print('${list.first} ${list.last} ${list.contains(9)} ${list.indexOf(9)} ${list.lastIndexOf(9)}');
  print(list.map((e) => e * 2).toList());
  print(list.where((e) => e > 1));
  print(list.fold<int>(0, (a, b) => a + b));
  print(list.reduce((a, b) => a > b ? a : b));
  print(list.join('-'));
  print(list.reversed);
  print(list.skip(1).take(2));
  print(list.any((e) => e < 0));
  print(list.every((e) => e < 10));
  print(list.isEmpty);
  print(list.asMap());
  var total = 0;
  for (var e in list) {
    total += e;
  }
  print(total);
  print([...list, 100]);
  list.sort();
  print(list);
  list.sort((a, b) => b.compareTo(a));
  print(list);
  list.setRange(1, 3, [70000, 7]);
  print(list);
  list.fillRange(0, 2, 8);
  print(list);
  list.setAll(3, [1, 2]);
  print(list);
  list.first = 11;
  list.last = 12;
  print(list);

  var sub = list.sublist(1, 3);
  print(sub);
  print(sub.runtimeType);
  sub[0] = 99;
  print(list[1]);
  var copy = list.toList();
  copy.add(5);
  print(copy);
  print(list + [1]);
  print(Float32List.fromList([2.5, 1.5]).sublist(1));
}
