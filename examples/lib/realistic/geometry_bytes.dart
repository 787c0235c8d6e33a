// Geometry and binary packets: dart:math Point/Rectangle, Random with a seed,
// min/max/sqrt/pow, ByteData endianness, Uint8List views, runes and UTF-16.
import 'dart:math';
import 'dart:typed_data';

class Packet {
  final int type;
  final int seq;
  final double value;
  final String label;
  Packet(this.type, this.seq, this.value, this.label);

  Uint8List encode() {
    final labelUnits = label.codeUnits;
    final data = ByteData(1 + 4 + 8 + 2 + labelUnits.length * 2);
    data.setUint8(0, type);
    data.setUint32(1, seq, Endian.big);
    data.setFloat64(5, value, Endian.little);
    data.setUint16(13, labelUnits.length);
    for (var i = 0; i < labelUnits.length; i++) {
      data.setUint16(15 + i * 2, labelUnits[i], Endian.little);
    }
    return data.buffer.asUint8List();
  }

  static Packet decode(Uint8List bytes) {
    final data = ByteData.sublistView(bytes);
    final n = data.getUint16(13);
    final units = [for (var i = 0; i < n; i++) data.getUint16(15 + i * 2, Endian.little)];
    return Packet(data.getUint8(0), data.getUint32(1), data.getFloat64(5, Endian.little), String.fromCharCodes(units));
  }

  @override
  String toString() => 'Packet($type, $seq, $value, $label)';
}

String hex(List<int> bytes) => bytes.map((b) => b.toRadixString(16).padLeft(2, '0')).join(' ');

void main() {
  const a = Point(3, 4);
  const b = Point(6, 8);
  print('${a.distanceTo(b)} ${a.magnitude} ${a + b} ${b - a} ${a * 2}');
  print(a == const Point(3, 4));
  final r = Rectangle(0, 0, 10, 5);
  final s = Rectangle.fromPoints(const Point(8, 3), const Point(12, 9));
  print(r);
  print(s);
  print(r.intersection(s));
  print(r.boundingBox(s));
  print('${r.containsPoint(const Point(10, 5))} ${r.intersects(s)} ${r.containsRectangle(s)}');
  print('${r.topLeft} ${r.bottomRight} ${s.width}x${s.height}');

  print([max(3, 7), min(-1, 2), max(2.5, 1), sqrt(2), pow(2, 10), pow(2, 0.5), pow(2.0, 3)]);
  print([sqrt(-1).isNaN, log(e), sin(0), cos(0), atan2(1, 1) * 4 == pi]);
  print('${(pi * 1000).round() / 1000} ${e.toStringAsFixed(5)}');

  final rng = Random(42);
  final rolls = List.generate(1000, (_) => rng.nextInt(6) + 1);
  final hist = List.filled(6, 0);
  for (final x in rolls) {
    hist[x - 1]++;
  }
  print('${hist.reduce((a, b) => a + b)} ${rolls.every((x) => x >= 1 && x <= 6)} ${hist.every((c) => c > 100)}');
  final d = rng.nextDouble();
  print(d >= 0 && d < 1);
  final deck = List.generate(10, (i) => i)..shuffle(Random(7));
  print('${deck.length} ${deck.toSet().length} ${(List.of(deck)..sort()).join()}');

  final p = Packet(7, 0xDEADBEEF, -1.5, 'Hi☃');
  final bytes = p.encode();
  print(bytes.length);
  print(hex(bytes));
  print(Packet.decode(bytes));
  final view = Uint8List.view(bytes.buffer, 1, 4);
  print(hex(view));
  view[0] = 0;
  print(hex(bytes.sublist(0, 6)));
  final words = bytes.buffer.asUint16List(0, 2);
  print(words.length);
  final bd = ByteData(8)..setInt32(0, -2)..setInt16(4, -300, Endian.little);
  print(hex(bd.buffer.asUint8List()));
  print('${bd.getUint32(0)} ${bd.getInt8(0)} ${bd.getUint16(4)} ${bd.getInt16(4, Endian.little)}');
  final f32 = Float32List.fromList([1.1, 2.5, -0.1]);
  print(f32);
  final i8 = Int8List.fromList([127, 128, 255, -129]);
  print(i8);
  print(Uint8ClampedList.fromList([300, -5, 128]));
  print(Uint8List.fromList([1, 2, 3]).reversed.toList());

  const text = 'naïve 😀 café';
  print('${text.length} ${text.runes.length} ${text.codeUnits.length}');
  print(text.runes.map((r) => r > 0xFFFF ? 'U+${r.toRadixString(16).toUpperCase()}' : String.fromCharCode(r)).join());
  print(String.fromCharCodes(text.runes.toList().reversed));
  print(text.codeUnitAt(6).toRadixString(16));
  print(text.substring(6, 8) == '😀');
  print(String.fromCharCode(0x1F600));
  print('😀'.codeUnits);
  print(text.toUpperCase());
  print(text.indexOf('café'));
}
