// Malformed UTF-8 as the VM reports it: FormatException messages and offsets, U+FFFD
// replacements with allowMalformed (Utf8Codec, Utf8Decoder, utf8.decode), a leading BOM
// dropped, and the same rules when the input comes in chunks.
import 'dart:async';
import 'dart:convert';
import 'dart:typed_data';

String show(String s) => s.codeUnits.map((c) => c.toRadixString(16)).join(' ');

Future<void> main() async {
  var inputs = [
    [0xC3],
    [0x80],
    [0x41, 0xC3, 0x41],
    [0xE0, 0x80, 0x80],
    [0xED, 0xA0, 0x80],
    [0xF4, 0x90, 0x80, 0x80],
    [0xF0, 0x9F, 0x98],
    [0xC0, 0xAF],
    [0xFF, 0x41],
    [0x41, 300],
    [0xE2, 0x82, 0x41, 0x80],
  ];
  for (var bytes in inputs) {
    try {
      print(utf8.decode(bytes));
    } on FormatException catch (e) {
      print('${e.message} at ${e.offset}: $e');
    }
    print('  lenient: ${show(utf8.decode(bytes, allowMalformed: true))}');
  }

  const lenient = Utf8Codec(allowMalformed: true);
  print(show(lenient.decode([0x61, 0xFF, 0x62])));
  print(show(lenient.decoder.convert([0xC3])));
  print(lenient.name);
  try {
    lenient.decode([0xFF], allowMalformed: false);
  } on FormatException catch (e) {
    print(e);
  }
  print(show(const Utf8Decoder(allowMalformed: true).convert([0x80, 0x61])));
  try {
    const Utf8Decoder().convert([0x41, 0x42, 0x80, 0x43], 1);
  } on FormatException catch (e) {
    print(e);
  }
  print(const Utf8Decoder().convert([0x41, 0x42, 0x80, 0x43], 0, 2));

  print(utf8.decode([0xEF, 0xBB, 0xBF, 0x41]).length);
  print(utf8.decode(Uint8List.fromList([0xEF, 0xBB, 0xBF])).length);
  print(utf8.decode([0x41, 0xEF, 0xBB, 0xBF]).length);

  print(await Stream.fromIterable([[0xEF, 0xBB], [0xBF, 0x68], [0x69]]).transform(utf8.decoder).toList());
  var lenientChunks = await Stream.fromIterable([[0x61, 0xE2], [0x82], [0x62, 0xFF], [0xC3]])
      .transform(const Utf8Decoder(allowMalformed: true))
      .map(show)
      .toList();
  print(lenientChunks);

  var events = <String>[];
  await Stream.fromIterable([[0x61], [0x62, 0x80], [0x63]])
      .transform(utf8.decoder)
      .handleError((e) => events.add('error: $e'))
      .forEach((s) => events.add('data: $s'));
  print(events);

  var sink = utf8.decoder.startChunkedConversion(StringConversionSink.withCallback(print));
  sink.add([0x68, 0xC3]);
  try {
    sink.close();
  } on FormatException catch (e) {
    print(e);
  }
}
