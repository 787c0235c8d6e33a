// dart:convert chunked conversion: converters as stream transformers (bind/transform),
// startChunkedConversion with the callback sinks, UTF-8 sequences and CR LF split between
// chunks, and a user converter with its own chunked sink.
import 'dart:async';
import 'dart:convert';

/// Upper-cases text; chunked, each chunk on its own.
class Shout extends Converter<String, String> {
  const Shout();

  String convert(String input) => input.toUpperCase();

  Sink<String> startChunkedConversion(Sink<String> sink) => _ShoutSink(sink);
}

class _ShoutSink implements Sink<String> {
  final Sink<String> _out;
  _ShoutSink(this._out);
  void add(String chunk) => _out.add(chunk.toUpperCase());
  void close() => _out.close();
}

/// A converter without chunked support.
class Plain extends Converter<String, String> {
  String convert(String input) => input;
}

List<List<int>> slices(List<int> bytes, int size) {
  var chunks = <List<int>>[];
  for (var i = 0; i < bytes.length; i += size) {
    chunks.add(bytes.sublist(i, i + size > bytes.length ? bytes.length : i + size));
  }
  return chunks;
}

Future<void> main() async {
  var bytes = utf8.encode('héllo €😀\r\nworld\nlast');
  var decoded = await Stream.fromIterable(slices(bytes, 3)).transform(utf8.decoder).toList();
  print(jsonEncode(decoded));
  var lines = await Stream.fromIterable(slices(bytes, 2))
      .transform(utf8.decoder)
      .transform(const LineSplitter())
      .toList();
  print(lines);
  print(await utf8.decoder.bind(Stream.fromIterable([[0xF0, 0x9F], [0x98], [0x80, 0x21]])).toList());

  print(await Stream.fromIterable(['a\r', '\nb', 'c\r', 'd\n', '\r\n', 'e']).transform(const LineSplitter()).toList());
  print(await const LineSplitter().bind(Stream.fromIterable(['one\ntw', 'o\n\nthree'])).toList());
  print(const LineSplitter().convert('x\r\ny\rz\n'));
  print(LineSplitter.split('p\nq\r\n\nr'));

  print(await Stream.fromIterable(['€', '\uD83D', '\uDE00', 'ok']).transform(utf8.encoder).toList());
  print(await Stream.fromIterable([[1, 2], [3, 4, 5], [6]]).transform(base64.encoder).join());
  print(await Stream.fromIterable(['AQID', 'BA', 'U=']).transform(base64.decoder).expand((b) => b).toList());
  print(await Stream.fromIterable([{'a': 1, 'b': [true, null]}]).transform(json.encoder).join());
  print(await Stream.fromIterable(['{"a":', ' [1, 2.5', '], "b": "c"}']).transform(json.decoder).toList());
  print(await Stream.fromIterable(['Hi', '!']).transform(ascii.encoder).toList());
  print(await Stream.fromIterable([[104, 233], [108]]).transform(latin1.decoder).toList());
  print(await Stream.fromIterable(['<a href="x">', '&', 'plain']).transform(const HtmlEscape()).toList());
  print(await Stream.fromIterable(['ab', 'cd']).transform(const Shout()).toList());
  print(await Stream.fromIterable(['é']).transform(utf8.encoder).transform(utf8.decoder).toList());

  var sink = ChunkedConversionSink<String>.withCallback((chunks) => print('strings: $chunks'));
  var input = utf8.decoder.startChunkedConversion(sink);
  input.add([0x61, 0xE2, 0x82]);
  input.add([0xAC]);
  input.add([0x62]);
  input.close();

  var text = StringConversionSink.withCallback((s) => print('text: $s'));
  text.add('ab');
  text.addSlice('xcdx', 1, 3, false);
  text.close();

  var utf8Sink = StringConversionSink.withCallback((s) => print('utf8 sink: $s')).asUtf8Sink(false);
  utf8Sink.add([0xC3]);
  utf8Sink.addSlice([0, 0xA9, 0x21, 0], 1, 3, false);
  utf8Sink.close();

  var buffer = StringBuffer();
  var closable = StringConversionSink.fromStringSink(buffer).asStringSink();
  closable.write('w');
  closable.writeCharCode(0x41);
  closable.writeAll([1, 2], '-');
  closable.close();
  print('string sink: $buffer');

  var onClose = ClosableStringSink.fromStringSink(buffer, () => print('closed with $buffer'));
  onClose.writeln('!');
  onClose.close();

  var encoded = utf8.encoder.startChunkedConversion(ByteConversionSink.withCallback((b) => print('bytes: $b')));
  encoded.add('a€');
  encoded.add('\uD83D');
  encoded.add('\uDE00');
  encoded.close();

  var lineSink = const LineSplitter().startChunkedConversion(ChunkedConversionSink<String>.withCallback(print));
  lineSink.add('1\r');
  lineSink.add('\n2\n3');
  lineSink.close();

  var jsonSink = json.encoder.startChunkedConversion(StringConversionSink.withCallback((s) => print('json: $s')));
  jsonSink.add([1, 'two']);
  try {
    jsonSink.add(3);
  } on StateError catch (e) {
    print(e);
  }

  var fused = utf8.decoder.fuse(const Shout());
  print(await Stream.fromIterable([[0x61], [0xC3], [0xA9, 0x62]]).transform(fused).toList());

  try {
    Plain().startChunkedConversion(ChunkedConversionSink<String>.withCallback(print));
  } on UnsupportedError catch (e) {
    print(e);
  }

  print(utf8.decoder is StreamTransformer<List<int>, String>);
  print(const LineSplitter() is StreamTransformer<String, String>);
  print(sink is Sink<String>);
  print(StringConversionSink.withCallback((_) {}) is ChunkedConversionSink<String>);
}
