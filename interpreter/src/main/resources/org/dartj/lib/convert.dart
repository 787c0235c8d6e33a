// The part of dart:convert written in Dart (see docs/architecture.md, "Core libraries in
// Dart"): Converter, Codec (fuse, inverted), the chunked-conversion sinks, ascii/latin1,
// HtmlEscape, LineSplitter, the UTF-8, base64 and JSON encoders and decoders. utf8, base64 and
// json are Java builtins; the extensions below give them the Codec members. The work itself
// (UTF-8 decoding with its state across chunks, JSON, base64) is Java, through dart:_internal.
import 'dart:_internal';
import 'dart:async';
import 'dart:typed_data';

/// Converts data from S to T; also a stream transformer through chunked conversion.
abstract class Converter<S, T> extends StreamTransformerBase<S, T> {
  const Converter();

  T convert(S input);

  /// This converter followed by `other`; the result's target type is other's own (TT is
  /// often not written at the call site), read through `other`.
  Converter<S, TT> fuse<TT>(Converter<T, TT> other) => other._after<S>(this) as Converter<S, TT>;

  /// `first` followed by this converter.
  Converter<R, T> _after<R>(Converter<R, S> first) => _FusedConverter<R, S, T>(first, this);

  Converter<RS, RT> cast<RS, RT>([dynamic sourceType, dynamic targetType]) => this as Converter<RS, RT>;

  Sink<S> startChunkedConversion(Sink<T> sink) {
    throw UnsupportedError('This converter does not support chunked conversions: $this');
  }

  Stream<T> bind(Stream<S> stream) =>
      Stream<T>.eventTransformed(stream, (EventSink sink) => _ConverterStreamEventSink(this, sink));
}

/// The sink of a converter's `bind`: the source's events go into a chunked conversion whose
/// output is the stream's.
class _ConverterStreamEventSink implements EventSink<dynamic> {
  final EventSink _eventSink;
  final Sink _chunkedSink;

  _ConverterStreamEventSink(dynamic converter, EventSink sink)
      : _eventSink = sink,
        _chunkedSink = converter.startChunkedConversion(sink);

  void add(dynamic o) => _chunkedSink.add(o);
  void addError(Object error, [StackTrace? stackTrace]) => _eventSink.addError(error, stackTrace);
  void close() => _chunkedSink.close();
}

class _FusedConverter<S, M, T> extends Converter<S, T> {
  final Converter<S, M> _first;
  final Converter<M, T> _second;

  _FusedConverter(this._first, this._second);

  T convert(S input) => _second.convert(_first.convert(input));

  Sink<S> startChunkedConversion(Sink<T> sink) =>
      _first.startChunkedConversion(_second.startChunkedConversion(sink));
}

/// An encoder and a decoder between S and T.
abstract class Codec<S, T> {
  const Codec();

  T encode(S input) => encoder.convert(input);
  S decode(T encoded) => decoder.convert(encoded);

  Converter<S, T> get encoder;
  Converter<T, S> get decoder;

  /// This codec followed by `other`: encodes with this then `other`, decodes the other way.
  Codec<S, R> fuse<R>(Codec<T, R> other) => _FusedCodec<S, T, R>(this, other);

  /// This codec with encoder and decoder swapped.
  Codec<T, S> get inverted => _InvertedCodec<T, S>(this);
}

// The codecs are held as dynamic: utf8, base64 and json are Java builtins, not Codec subclasses.
class _FusedCodec<S, M, T> extends Codec<S, T> {
  final dynamic _first;
  final dynamic _second;

  _FusedCodec(this._first, this._second);

  T encode(S input) => _second.encode(_first.encode(input));
  S decode(T encoded) => _first.decode(_second.decode(encoded));
  Converter<S, T> get encoder => _CodecConverter<S, T>((input) => encode(input));
  Converter<T, S> get decoder => _CodecConverter<T, S>((input) => decode(input));
}

class _InvertedCodec<T, S> extends Codec<T, S> {
  final dynamic _codec;

  _InvertedCodec(this._codec);

  S encode(T input) => _codec.decode(input);
  T decode(S encoded) => _codec.encode(encoded);
  Converter<T, S> get encoder => _CodecConverter<T, S>((input) => encode(input));
  Converter<S, T> get decoder => _CodecConverter<S, T>((input) => decode(input));
  Codec<S, T> get inverted => _codec;
}

class _CodecConverter<S, T> extends Converter<S, T> {
  final T Function(S) _convert;
  _CodecConverter(this._convert);
  T convert(S input) => _convert(input);
}

extension Utf8CodecMembers on Utf8Codec {
  Utf8Encoder get encoder => const Utf8Encoder();
  Utf8Decoder get decoder => Utf8Decoder(allowMalformed: utf8CodecAllowsMalformed(this));
  Codec<String, R> fuse<R>(Codec<List<int>, R> other) => _FusedCodec<String, List<int>, R>(this, other);
  Codec<List<int>, String> get inverted => _InvertedCodec<List<int>, String>(this);
}

extension Base64CodecMembers on Base64Codec {
  Base64Encoder get encoder => base64CodecIsUrl(this) ? const Base64Encoder.urlSafe() : const Base64Encoder();
  Base64Decoder get decoder => const Base64Decoder();
  Codec<List<int>, R> fuse<R>(Codec<String, R> other) => _FusedCodec<List<int>, String, R>(this, other);
  Codec<String, List<int>> get inverted => _InvertedCodec<String, List<int>>(this);
}

extension JsonCodecMembers on JsonCodec {
  // converters that use this codec's reviver and toEncodable
  JsonEncoder get encoder {
    var toEncodable = jsonCodecToEncodable(this);
    return toEncodable == null ? const JsonEncoder() : JsonEncoder(toEncodable);
  }

  JsonDecoder get decoder {
    var reviver = jsonCodecReviver(this);
    return reviver == null ? const JsonDecoder() : JsonDecoder(reviver);
  }
  Codec<Object?, R> fuse<R>(Codec<String, R> other) => _FusedCodec<Object?, String, R>(this, other);
  Codec<String, Object?> get inverted => _InvertedCodec<String, Object?>(this);
}

// ---------------------------------------------------------------- chunked conversion sinks

/// A sink for chunked conversions: `add` each chunk, then `close`.
abstract class ChunkedConversionSink<T> implements Sink<T> {
  ChunkedConversionSink();

  /// A sink that collects the chunks and gives them to `callback` when closed.
  factory ChunkedConversionSink.withCallback(void Function(List<T> accumulated) callback) =>
      _SimpleCallbackSink<T>(callback);

  void add(T chunk);
  void close();
}

class _SimpleCallbackSink<T> extends ChunkedConversionSink<T> {
  final void Function(List<T>) _callback;
  final List<T> _accumulated = <T>[];

  _SimpleCallbackSink(this._callback);

  void add(T chunk) {
    _accumulated.add(chunk);
  }

  void close() {
    _callback(_accumulated);
  }
}

/// A chunked-conversion sink for byte lists, which may also take slices.
abstract class ByteConversionSink extends ChunkedConversionSink<List<int>> {
  ByteConversionSink();

  factory ByteConversionSink.withCallback(void Function(List<int> accumulated) callback) =>
      _ByteCallbackSink(callback);

  factory ByteConversionSink.from(Sink<List<int>> sink) => _ByteAdapterSink(sink);

  /// Adds `chunk[start, end)`; closes the sink after it when `isLast`.
  void addSlice(List<int> chunk, int start, int end, bool isLast) {
    add(chunk.sublist(start, end));
    if (isLast) close();
  }
}

/// Deprecated name of [ByteConversionSink] as a base class.
abstract class ByteConversionSinkBase extends ByteConversionSink {}

class _ByteAdapterSink extends ByteConversionSink {
  final Sink<List<int>> _sink;

  _ByteAdapterSink(this._sink);

  void add(List<int> chunk) {
    _sink.add(chunk);
  }

  void close() {
    _sink.close();
  }
}

class _ByteCallbackSink extends ByteConversionSink {
  final void Function(List<int>) _callback;
  final List<int> _accumulated = <int>[];

  _ByteCallbackSink(this._callback);

  void add(Iterable<int> chunk) {
    _accumulated.addAll(chunk);
  }

  void addSlice(List<int> chunk, int start, int end, bool isLast) {
    checkValidRange(start, end, chunk.length);
    for (var i = start; i < end; i++) {
      _accumulated.add(chunk[i]);
    }
    if (isLast) close();
  }

  void close() {
    _callback(Uint8List.fromList(_accumulated));
  }
}

/// A chunked-conversion sink for strings: slices, a UTF-8 byte view and a StringSink view.
abstract class StringConversionSink extends ChunkedConversionSink<String> {
  StringConversionSink();

  factory StringConversionSink.withCallback(void Function(String accumulated) callback) =>
      _StringCallbackSink(callback);

  factory StringConversionSink.from(Sink<String> sink) => _StringAdapterSink(sink);

  factory StringConversionSink.fromStringSink(StringSink sink) => _StringSinkConversionSink(sink);

  /// Adds `chunk.substring(start, end)`; closes the sink after it when `isLast`.
  void addSlice(String chunk, int start, int end, bool isLast);

  void add(String str) {
    addSlice(str, 0, str.length, false);
  }

  /// This sink fed with UTF-8 bytes, decoded across chunk boundaries.
  ByteConversionSink asUtf8Sink(bool allowMalformed) => _Utf8ConversionSink(this, allowMalformed);

  /// This sink as a StringSink with `close`.
  ClosableStringSink asStringSink() => _StringConversionSinkAsStringSinkAdapter(this);
}

/// Deprecated names of [StringConversionSink] as a base class.
abstract class StringConversionSinkBase extends StringConversionSink {}

abstract class StringConversionSinkMixin extends StringConversionSink {}

/// A StringSink that can be closed.
abstract class ClosableStringSink implements StringSink {
  factory ClosableStringSink.fromStringSink(StringSink sink, void Function() onClose) =>
      _ClosableStringSink(sink, onClose);

  void close();
}

class _ClosableStringSink implements ClosableStringSink {
  final void Function() _callback;
  final StringSink _sink;

  _ClosableStringSink(this._sink, this._callback);

  void close() {
    _callback();
  }

  void writeCharCode(int charCode) {
    _sink.writeCharCode(charCode);
  }

  void write(Object? o) {
    _sink.write(o);
  }

  void writeln([Object? o = '']) {
    _sink.writeln(o);
  }

  void writeAll(Iterable<dynamic> objects, [String separator = '']) {
    _sink.writeAll(objects, separator);
  }
}

/// A StringConversionSink seen as a StringSink: small writes are buffered, larger ones passed on.
class _StringConversionSinkAsStringSinkAdapter implements ClosableStringSink {
  static const int _minStringSize = 16;

  final StringBuffer _buffer = StringBuffer();
  final StringConversionSink _chunkedSink;

  _StringConversionSinkAsStringSinkAdapter(this._chunkedSink);

  void close() {
    if (_buffer.isNotEmpty) _flush();
    _chunkedSink.close();
  }

  void writeCharCode(int charCode) {
    _buffer.writeCharCode(charCode);
    if (_buffer.length > _minStringSize) _flush();
  }

  void write(Object? o) {
    if (_buffer.isNotEmpty) _flush();
    _chunkedSink.add(o.toString());
  }

  void writeln([Object? o = '']) {
    _buffer.writeln(o);
    if (_buffer.length > _minStringSize) _flush();
  }

  void writeAll(Iterable<dynamic> objects, [String separator = '']) {
    if (_buffer.isNotEmpty) _flush();
    var iterator = objects.iterator;
    if (!iterator.moveNext()) return;
    if (separator.isEmpty) {
      do {
        _chunkedSink.add(iterator.current.toString());
      } while (iterator.moveNext());
    } else {
      _chunkedSink.add(iterator.current.toString());
      while (iterator.moveNext()) {
        write(separator);
        _chunkedSink.add(iterator.current.toString());
      }
    }
  }

  void _flush() {
    var accumulated = _buffer.toString();
    _buffer.clear();
    _chunkedSink.add(accumulated);
  }
}

/// Writes every chunk to a StringSink.
class _StringSinkConversionSink extends StringConversionSink {
  final StringSink _stringSink;

  _StringSinkConversionSink(this._stringSink);

  void close() {}

  void addSlice(String str, int start, int end, bool isLast) {
    if (start != 0 || end != str.length) {
      for (var i = start; i < end; i++) {
        _stringSink.writeCharCode(str.codeUnitAt(i));
      }
    } else {
      _stringSink.write(str);
    }
    if (isLast) close();
  }

  void add(String str) {
    _stringSink.write(str);
  }

  ByteConversionSink asUtf8Sink(bool allowMalformed) => _Utf8StringSinkAdapter(this, _stringSink, allowMalformed);

  ClosableStringSink asStringSink() => ClosableStringSink.fromStringSink(_stringSink, close);
}

/// Collects the chunks into one string for `callback`, called on close.
class _StringCallbackSink extends _StringSinkConversionSink {
  final void Function(String) _callback;

  _StringCallbackSink(this._callback) : super(StringBuffer());

  void close() {
    var buffer = _stringSink as StringBuffer;
    var accumulated = buffer.toString();
    buffer.clear();
    _callback(accumulated);
  }
}

/// A plain Sink<String> as a StringConversionSink: slices become substrings.
class _StringAdapterSink extends StringConversionSink {
  final Sink<String> _sink;

  _StringAdapterSink(this._sink);

  void add(String str) {
    _sink.add(str);
  }

  void addSlice(String str, int start, int end, bool isLast) {
    if (start == 0 && end == str.length) {
      add(str);
    } else {
      add(str.substring(start, end));
    }
    if (isLast) close();
  }

  void close() {
    _sink.close();
  }
}

/// Decodes UTF-8 chunks straight into a StringSink.
class _Utf8StringSinkAdapter extends ByteConversionSink {
  final dynamic _decoder;
  final Sink<dynamic> _sink;
  final StringSink _stringSink;

  _Utf8StringSinkAdapter(this._sink, this._stringSink, bool allowMalformed)
      : _decoder = utf8ChunkedDecoder(allowMalformed);

  void close() {
    _stringSink.write(_decoder.flush());
    _sink.close();
  }

  void add(List<int> chunk) {
    addSlice(chunk, 0, chunk.length, false);
  }

  void addSlice(List<int> codeUnits, int startIndex, int endIndex, bool isLast) {
    var end = checkValidRange(startIndex, endIndex, codeUnits.length);
    _stringSink.write(_decoder.convertChunked(codeUnits, startIndex, end));
    if (isLast) close();
  }
}

/// Decodes UTF-8 chunks (a sequence may be split between them) and passes the text on.
class _Utf8ConversionSink extends ByteConversionSink {
  final dynamic _decoder;
  final StringConversionSink _chunkedSink;
  final StringBuffer _buffer = StringBuffer();

  _Utf8ConversionSink(this._chunkedSink, bool allowMalformed) : _decoder = utf8ChunkedDecoder(allowMalformed);

  void close() {
    _buffer.write(_decoder.flush());
    if (_buffer.isNotEmpty) {
      var accumulated = _buffer.toString();
      _buffer.clear();
      _chunkedSink.addSlice(accumulated, 0, accumulated.length, true);
    } else {
      _chunkedSink.close();
    }
  }

  void add(List<int> chunk) {
    addSlice(chunk, 0, chunk.length, false);
  }

  void addSlice(List<int> chunk, int startIndex, int endIndex, bool isLast) {
    var end = checkValidRange(startIndex, endIndex, chunk.length);
    _buffer.write(_decoder.convertChunked(chunk, startIndex, end));
    if (_buffer.isNotEmpty) {
      var accumulated = _buffer.toString();
      _chunkedSink.addSlice(accumulated, 0, accumulated.length, isLast);
      _buffer.clear();
      return;
    }
    if (isLast) close();
  }
}

// ---------------------------------------------------------------- UTF-8

bool _isLeadSurrogate(int codeUnit) => (codeUnit & 0xFC00) == 0xD800;
bool _isTailSurrogate(int codeUnit) => (codeUnit & 0xFC00) == 0xDC00;

/// UTF-8 encoding of strings.
class Utf8Encoder extends Converter<String, List<int>> {
  const Utf8Encoder();

  Uint8List convert(String string, [int start = 0, int? end]) {
    int stop = checkValidRange(start, end, string.length);
    return utf8.encode(string.substring(start, stop));
  }

  StringConversionSink startChunkedConversion(Sink<List<int>> sink) =>
      _Utf8EncoderSink(sink is ByteConversionSink ? sink : ByteConversionSink.from(sink));

  Stream<List<int>> bind(Stream<String> stream) => super.bind(stream);
}

/// Encodes string chunks; a surrogate pair split between chunks is encoded as one character.
/// Each slice gives one byte list per 1024 bytes, as the VM's buffer does.
class _Utf8EncoderSink extends StringConversionSink {
  static const int _bufferSize = 1024;

  final ByteConversionSink _sink;
  int _carry = 0;

  _Utf8EncoderSink(this._sink);

  void close() {
    if (_carry != 0) {
      addSlice('', 0, 0, true);
      return;
    }
    _sink.close();
  }

  void addSlice(String str, int start, int end, bool isLast) {
    if (start == end && !isLast) return;
    var text = str.substring(start, end);
    if (_carry != 0) {
      if (text.isNotEmpty && _isTailSurrogate(text.codeUnitAt(0))) {
        text = String.fromCharCode(_carry) + text;
      } else {
        text = '\uFFFD' + text;
      }
      _carry = 0;
    }
    if (!isLast && text.isNotEmpty && _isLeadSurrogate(text.codeUnitAt(text.length - 1))) {
      _carry = text.codeUnitAt(text.length - 1);
      text = text.substring(0, text.length - 1);
    }
    var bytes = utf8.encode(text);
    var from = 0;
    do {
      var to = from;
      while (to < bytes.length) {
        var b = bytes[to];
        var size = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (to - from + size > _bufferSize) break;
        to += size;
      }
      _sink.addSlice(bytes, from, to, isLast && to == bytes.length);
      from = to;
    } while (from < bytes.length);
    if (isLast) close();
  }
}

/// UTF-8 decoding of bytes; malformed input is an error unless `allowMalformed`.
class Utf8Decoder extends Converter<List<int>, String> {
  final bool _allowMalformed;

  const Utf8Decoder({bool allowMalformed = false}) : _allowMalformed = allowMalformed;

  String convert(List<int> codeUnits, [int start = 0, int? end]) {
    int stop = checkValidRange(start, end, codeUnits.length);
    return utf8DecodeRange(codeUnits, start, stop, _allowMalformed);
  }

  ByteConversionSink startChunkedConversion(Sink<String> sink) {
    StringConversionSink stringSink = sink is StringConversionSink ? sink : StringConversionSink.from(sink);
    return stringSink.asUtf8Sink(_allowMalformed);
  }

  Stream<String> bind(Stream<List<int>> stream) => super.bind(stream);
}

// ---------------------------------------------------------------- base64

/// Base64 (or with `urlSafe`, base64url) encoding of bytes.
class Base64Encoder extends Converter<List<int>, String> {
  final bool _urlSafe;

  const Base64Encoder() : _urlSafe = false;
  const Base64Encoder.urlSafe() : _urlSafe = true;

  String convert(List<int> input) => _urlSafe ? base64UrlEncode(input) : base64Encode(input);

  StringConversionSink startChunkedConversion(Sink<String> sink) {
    StringConversionSink stringSink = sink is StringConversionSink ? sink : StringConversionSink.from(sink);
    return _Base64EncoderSink(stringSink, this);
  }
}

/// Encodes whole groups of three bytes per chunk, the rest with padding on close.
class _Base64EncoderSink extends ByteConversionSink {
  final StringConversionSink _sink;
  final Base64Encoder _encoder;
  final List<int> _pending = <int>[];

  _Base64EncoderSink(this._sink, this._encoder);

  void add(List<int> chunk) {
    addSlice(chunk, 0, chunk.length, false);
  }

  void addSlice(List<int> chunk, int start, int end, bool isLast) {
    end = checkValidRange(start, end, chunk.length);
    for (var i = start; i < end; i++) {
      _pending.add(chunk[i]);
    }
    var whole = isLast ? _pending.length : _pending.length - _pending.length % 3;
    if (whole > 0) {
      var text = _encoder.convert(_pending.sublist(0, whole));
      _pending.removeRange(0, whole);
      _sink.add(text);
    }
    if (isLast) _sink.close();
  }

  void close() {
    addSlice(const <int>[], 0, 0, true);
  }
}

/// Decoding of base64 and base64url text.
class Base64Decoder extends Converter<String, List<int>> {
  const Base64Decoder();

  Uint8List convert(String input, [int start = 0, int? end]) {
    int stop = checkValidRange(start, end, input.length);
    return base64.decode(input.substring(start, stop));
  }

  StringConversionSink startChunkedConversion(Sink<List<int>> sink) => _Base64DecoderSink(sink);
}

/// Decodes whole groups of four characters per chunk, the rest on close.
class _Base64DecoderSink extends StringConversionSink {
  final Sink<List<int>> _sink;
  String _pending = '';

  _Base64DecoderSink(this._sink);

  void addSlice(String chunk, int start, int end, bool isLast) {
    end = checkValidRange(start, end, chunk.length);
    var text = _pending + chunk.substring(start, end);
    var whole = isLast ? text.length : text.length - text.length % 4;
    _pending = text.substring(whole);
    if (whole > 0) {
      _sink.add(base64.decode(text.substring(0, whole)));
    }
    if (isLast) _sink.close();
  }

  void close() {
    addSlice('', 0, 0, true);
  }
}

// ---------------------------------------------------------------- JSON

/// Encodes objects as JSON text, optionally indented; `toEncodable` converts other objects.
class JsonEncoder extends Converter<Object?, String> {
  final String? indent;
  final dynamic _toEncodable;

  const JsonEncoder([Object? Function(dynamic object)? toEncodable])
      : indent = null,
        _toEncodable = toEncodable;

  const JsonEncoder.withIndent(this.indent, [Object? Function(dynamic object)? toEncodable])
      : _toEncodable = toEncodable;

  String convert(Object? object) => jsonEncodeWith(object, _toEncodable, indent);

  ChunkedConversionSink<Object?> startChunkedConversion(Sink<String> sink) =>
      _JsonEncoderSink(sink is StringConversionSink ? sink : StringConversionSink.from(sink), _toEncodable, indent);

  Stream<String> bind(Stream<Object?> stream) => super.bind(stream);

  Converter<Object?, T> fuse<T>(Converter<String, T> other) {
    if (other is Utf8Encoder) {
      return JsonUtf8Encoder(indent, _toEncodable) as Converter<Object?, T>;
    }
    return super.fuse<T>(other);
  }
}

/// Encodes the one object added (a second `add` is a StateError) and closes the output.
class _JsonEncoderSink extends ChunkedConversionSink<Object?> {
  final StringConversionSink _sink;
  final dynamic _toEncodable;
  final String? _indent;
  bool _isDone = false;

  _JsonEncoderSink(this._sink, this._toEncodable, this._indent);

  void add(Object? o) {
    if (_isDone) {
      throw StateError('Only one call to add allowed');
    }
    _isDone = true;
    var stringSink = _sink.asStringSink();
    stringSink.write(jsonEncodeWith(o, _toEncodable, _indent));
    stringSink.close();
  }

  void close() {}
}

/// Encodes objects as UTF-8 bytes of JSON text; chunked output comes in `bufferSize` pieces.
class JsonUtf8Encoder extends Converter<Object?, List<int>> {
  static const int _defaultBufferSize = 256;

  final String? _indent;
  final dynamic _toEncodable;
  final int _bufferSize;

  JsonUtf8Encoder([String? indent, dynamic Function(dynamic object)? toEncodable, int? bufferSize])
      : _indent = indent,
        _toEncodable = toEncodable,
        _bufferSize = bufferSize ?? _defaultBufferSize;

  List<int> convert(Object? object) => utf8.encode(jsonEncodeWith(object, _toEncodable, _indent));

  ChunkedConversionSink<Object?> startChunkedConversion(Sink<List<int>> sink) =>
      _JsonUtf8EncoderSink(sink is ByteConversionSink ? sink : ByteConversionSink.from(sink), this);
}

class _JsonUtf8EncoderSink extends ChunkedConversionSink<Object?> {
  final ByteConversionSink _sink;
  final JsonUtf8Encoder _encoder;
  bool _isDone = false;

  _JsonUtf8EncoderSink(this._sink, this._encoder);

  void add(Object? object) {
    if (_isDone) {
      throw StateError('Only one call to add allowed');
    }
    _isDone = true;
    var bytes = _encoder.convert(object);
    var size = _encoder._bufferSize;
    for (var from = 0; from < bytes.length; from += size) {
      var to = from + size < bytes.length ? from + size : bytes.length;
      _sink.addSlice(bytes, from, to, false);
    }
    _sink.close();
  }

  void close() {
    if (!_isDone) {
      _isDone = true;
      _sink.close();
    }
  }
}

/// Parses JSON text; `reviver` may replace each parsed value.
class JsonDecoder extends Converter<String, Object?> {
  final dynamic _reviver;

  const JsonDecoder([Object? Function(Object? key, Object? value)? reviver]) : _reviver = reviver;

  dynamic convert(String input) => jsonDecode(input, reviver: _reviver);

  StringConversionSink startChunkedConversion(Sink<Object?> sink) => _JsonDecoderSink(_reviver, sink);

  Stream<Object?> bind(Stream<String> stream) => super.bind(stream);
}

/// Collects the text chunks and parses them on close (the VM parses as they come; the result
/// and the errors' messages are the same, an error just arrives at the end).
class _JsonDecoderSink extends _StringSinkConversionSink {
  final dynamic _reviver;
  final Sink<Object?> _sink;

  _JsonDecoderSink(this._reviver, this._sink) : super(StringBuffer());

  void close() {
    var buffer = _stringSink as StringBuffer;
    var accumulated = buffer.toString();
    buffer.clear();
    _sink.add(jsonDecode(accumulated, reviver: _reviver));
    _sink.close();
  }
}

// ---------------------------------------------------------------- LineSplitter

const int _lf = 10;
const int _cr = 13;

/// Splits text into lines at LF, CR and CR LF; a final line needs no terminator.
class LineSplitter extends StreamTransformerBase<String, String> {
  const LineSplitter();

  static Iterable<String> split(String lines, [int start = 0, int? end]) sync* {
    var stop = checkValidRange(start, end, lines.length);
    var sliceStart = start;
    var char = 0;
    for (var i = start; i < stop; i++) {
      var previousChar = char;
      char = lines.codeUnitAt(i);
      if (char != _cr) {
        if (char != _lf) continue;
        if (previousChar == _cr) {
          sliceStart = i + 1;
          continue;
        }
      }
      yield lines.substring(sliceStart, i);
      sliceStart = i + 1;
    }
    if (sliceStart < stop) {
      yield lines.substring(sliceStart, stop);
    }
  }

  List<String> convert(String data) {
    var lines = <String>[];
    var end = data.length;
    var sliceStart = 0;
    var char = 0;
    for (var i = 0; i < end; i++) {
      var previousChar = char;
      char = data.codeUnitAt(i);
      if (char != _cr) {
        if (char != _lf) continue;
        if (previousChar == _cr) {
          sliceStart = i + 1;
          continue;
        }
      }
      lines.add(data.substring(sliceStart, i));
      sliceStart = i + 1;
    }
    if (sliceStart < end) {
      lines.add(data.substring(sliceStart, end));
    }
    return lines;
  }

  StringConversionSink startChunkedConversion(Sink<String> sink) =>
      _LineSplitterSink(sink is StringConversionSink ? sink : StringConversionSink.from(sink));

  Stream<String> bind(Stream<String> stream) =>
      Stream<String>.eventTransformed(stream, (EventSink sink) => _LineSplitterEventSink(sink));
}

/// Splits chunked text: a line may continue in the next chunk, and a CR at the end of one
/// chunk with an LF at the start of the next is one terminator.
class _LineSplitterSink extends StringConversionSink {
  final StringConversionSink _sink;

  /// The unterminated end of the previous chunk.
  String? _carry;

  /// Whether the previous chunk ended with CR, so a leading LF ends no line.
  bool _skipLeadingLF = false;

  _LineSplitterSink(this._sink);

  void addSlice(String chunk, int start, int end, bool isLast) {
    end = checkValidRange(start, end, chunk.length);
    if (start >= end) {
      if (isLast) close();
      return;
    }
    var carry = _carry;
    if (carry != null) {
      chunk = carry + chunk.substring(start, end);
      start = 0;
      end = chunk.length;
      _carry = null;
    } else if (_skipLeadingLF) {
      if (chunk.codeUnitAt(start) == _lf) {
        start += 1;
      }
      _skipLeadingLF = false;
    }
    _addLines(chunk, start, end);
    if (isLast) close();
  }

  void close() {
    var carry = _carry;
    if (carry != null) {
      _sink.add(carry);
      _carry = null;
    }
    _sink.close();
  }

  void _addLines(String lines, int start, int end) {
    var sliceStart = start;
    var char = 0;
    for (var i = start; i < end; i++) {
      var previousChar = char;
      char = lines.codeUnitAt(i);
      if (char != _cr) {
        if (char != _lf) continue;
        if (previousChar == _cr) {
          sliceStart = i + 1;
          continue;
        }
      }
      _sink.add(lines.substring(sliceStart, i));
      sliceStart = i + 1;
    }
    if (sliceStart < end) {
      _carry = lines.substring(sliceStart, end);
    } else {
      _skipLeadingLF = (char == _cr);
    }
  }
}

class _LineSplitterEventSink extends _LineSplitterSink implements EventSink<String> {
  final EventSink _eventSink;

  _LineSplitterEventSink(EventSink eventSink)
      : _eventSink = eventSink,
        super(StringConversionSink.from(eventSink));

  void addError(Object o, [StackTrace? stackTrace]) {
    _eventSink.addError(o, stackTrace);
  }
}

// ---------------------------------------------------------------- ascii, latin1

class _UnicodeSubsetEncoder extends Converter<String, List<int>> {
  final int _subsetMask;
  const _UnicodeSubsetEncoder(this._subsetMask);

  List<int> convert(String string, [int start = 0, int? end]) {
    int stop = checkValidRange(start, end, string.length);
    var result = <int>[];
    for (var i = start; i < stop; i++) {
      var codeUnit = string.codeUnitAt(i);
      if ((codeUnit & ~_subsetMask) != 0) {
        throwArgumentValue(string, 'string', 'Contains invalid characters.');
      }
      result.add(codeUnit);
    }
    return List<int>.of(result, growable: false);
  }

  StringConversionSink startChunkedConversion(Sink<List<int>> sink) =>
      _UnicodeSubsetEncoderSink(_subsetMask, sink is ByteConversionSink ? sink : ByteConversionSink.from(sink));

  Stream<List<int>> bind(Stream<String> stream) => super.bind(stream);
}

class _UnicodeSubsetEncoderSink extends StringConversionSink {
  final ByteConversionSink _sink;
  final int _subsetMask;

  _UnicodeSubsetEncoderSink(this._subsetMask, this._sink);

  void close() {
    _sink.close();
  }

  void addSlice(String source, int start, int end, bool isLast) {
    checkValidRange(start, end, source.length);
    for (var i = start; i < end; i++) {
      var codeUnit = source.codeUnitAt(i);
      if ((codeUnit & ~_subsetMask) != 0) {
        throw ArgumentError('Source contains invalid character with code point: $codeUnit.');
      }
    }
    _sink.add(source.codeUnits.sublist(start, end));
    if (isLast) close();
  }
}

class _UnicodeSubsetDecoder extends Converter<List<int>, String> {
  final bool _allowInvalid;
  final int _subsetMask;
  const _UnicodeSubsetDecoder(this._allowInvalid, this._subsetMask);

  String convert(List<int> bytes, [int start = 0, int? end]) {
    int stop = checkValidRange(start, end, bytes.length);
    for (var i = start; i < stop; i++) {
      var byte = bytes[i];
      if ((byte & ~_subsetMask) != 0) {
        if (!_allowInvalid) {
          throw FormatException('Invalid value in input: $byte');
        }
        return _convertInvalid(bytes, start, stop);
      }
    }
    return String.fromCharCodes(bytes.sublist(start, stop));
  }

  ByteConversionSink startChunkedConversion(Sink<String> sink) {
    StringConversionSink stringSink = sink is StringConversionSink ? sink : StringConversionSink.from(sink);
    return _UnicodeSubsetDecoderSink(stringSink, _allowInvalid, _subsetMask);
  }

  Stream<String> bind(Stream<List<int>> stream) => super.bind(stream);

  String _convertInvalid(List<int> bytes, int start, int end) {
    var buffer = StringBuffer();
    for (var i = start; i < end; i++) {
      var value = bytes[i];
      if ((value & ~_subsetMask) != 0) value = 0xFFFD;
      buffer.writeCharCode(value);
    }
    return buffer.toString();
  }
}

/// Decodes byte chunks of ASCII or Latin-1 (each chunk on its own: one byte is one character).
class _UnicodeSubsetDecoderSink extends ByteConversionSink {
  final StringConversionSink _sink;
  final bool _allowInvalid;
  final int _subsetMask;

  _UnicodeSubsetDecoderSink(this._sink, this._allowInvalid, this._subsetMask);

  void close() {
    _sink.close();
  }

  void add(List<int> source) {
    addSlice(source, 0, source.length, false);
  }

  void addSlice(List<int> source, int start, int end, bool isLast) {
    end = checkValidRange(start, end, source.length);
    if (start < end) {
      var buffer = StringBuffer();
      for (var i = start; i < end; i++) {
        var value = source[i];
        if ((value & ~_subsetMask) != 0) {
          if (!_allowInvalid) {
            throw FormatException(_subsetMask == 0x7F
                ? 'Source contains non-ASCII bytes.'
                : 'Source contains non-Latin-1 characters.');
          }
          value = 0xFFFD;
        }
        buffer.writeCharCode(value);
      }
      _sink.add(buffer.toString());
    }
    if (isLast) close();
  }
}

class AsciiEncoder extends _UnicodeSubsetEncoder {
  const AsciiEncoder() : super(0x7F);
}

class AsciiDecoder extends _UnicodeSubsetDecoder {
  const AsciiDecoder({bool allowInvalid = false}) : super(allowInvalid, 0x7F);
}

class Latin1Encoder extends _UnicodeSubsetEncoder {
  const Latin1Encoder() : super(0xFF);
}

class Latin1Decoder extends _UnicodeSubsetDecoder {
  const Latin1Decoder({bool allowInvalid = false}) : super(allowInvalid, 0xFF);
}

/// US-ASCII: code units 0..127; `allowInvalid` decodes other bytes as U+FFFD.
class AsciiCodec extends Codec<String, List<int>> {
  final bool _allowInvalid;

  const AsciiCodec({bool allowInvalid = false}) : _allowInvalid = allowInvalid;

  String get name => 'us-ascii';

  List<int> encode(String source) => const AsciiEncoder().convert(source);

  String decode(List<int> bytes, {bool? allowInvalid}) =>
      AsciiDecoder(allowInvalid: allowInvalid ?? _allowInvalid).convert(bytes);

  AsciiEncoder get encoder => const AsciiEncoder();
  AsciiDecoder get decoder => _allowInvalid ? const AsciiDecoder(allowInvalid: true) : const AsciiDecoder(allowInvalid: false);
}

/// ISO Latin-1: code units 0..255; `allowInvalid` decodes other values as U+FFFD.
class Latin1Codec extends Codec<String, List<int>> {
  final bool _allowInvalid;

  const Latin1Codec({bool allowInvalid = false}) : _allowInvalid = allowInvalid;

  String get name => 'iso-8859-1';

  List<int> encode(String source) => const Latin1Encoder().convert(source);

  String decode(List<int> bytes, {bool? allowInvalid}) =>
      Latin1Decoder(allowInvalid: allowInvalid ?? _allowInvalid).convert(bytes);

  Latin1Encoder get encoder => const Latin1Encoder();
  Latin1Decoder get decoder => _allowInvalid ? const Latin1Decoder(allowInvalid: true) : const Latin1Decoder(allowInvalid: false);
}

const AsciiCodec ascii = AsciiCodec();
const Latin1Codec latin1 = Latin1Codec();

// ---------------------------------------------------------------- HtmlEscape

/// Which characters HtmlEscape escapes.
class HtmlEscapeMode {
  final String _name;
  final bool escapeLtGt;
  final bool escapeQuot;
  final bool escapeApos;
  final bool escapeSlash;

  static const HtmlEscapeMode unknown = HtmlEscapeMode._('unknown', true, true, true, true);
  static const HtmlEscapeMode attribute = HtmlEscapeMode._('attribute', true, true, false, false);
  static const HtmlEscapeMode sqAttribute = HtmlEscapeMode._('attribute', true, false, true, false);
  static const HtmlEscapeMode element = HtmlEscapeMode._('element', true, false, false, false);

  const HtmlEscapeMode._(this._name, this.escapeLtGt, this.escapeQuot, this.escapeApos, this.escapeSlash);

  const HtmlEscapeMode({String name = 'custom', this.escapeLtGt = false, this.escapeQuot = false, this.escapeApos = false, this.escapeSlash = false})
      : _name = name;

  String toString() => _name;
}

/// Escapes the characters with a meaning in HTML, as `mode` says (`&` always).
class HtmlEscape extends Converter<String, String> {
  final HtmlEscapeMode mode;

  const HtmlEscape([this.mode = HtmlEscapeMode.unknown]);

  String convert(String text) => _convert(text, 0, text.length) ?? text;

  /// The escaped `text[start, end)`, or null when nothing in it needs escaping.
  String? _convert(String text, int start, int end) {
    StringBuffer? result;
    for (var i = start; i < end; i++) {
      var ch = text[i];
      String? replacement;
      if (ch == '&') {
        replacement = '&amp;';
      } else if (ch == '"') {
        if (mode.escapeQuot) replacement = '&quot;';
      } else if (ch == "'") {
        if (mode.escapeApos) replacement = '&#39;';
      } else if (ch == '<') {
        if (mode.escapeLtGt) replacement = '&lt;';
      } else if (ch == '>') {
        if (mode.escapeLtGt) replacement = '&gt;';
      } else if (ch == '/') {
        if (mode.escapeSlash) replacement = '&#47;';
      }
      if (replacement != null) {
        result ??= StringBuffer();
        if (i > start) result.write(text.substring(start, i));
        result.write(replacement);
        start = i + 1;
      }
    }
    if (result == null) return null;
    if (end > start) result.write(text.substring(start, end));
    return result.toString();
  }

  StringConversionSink startChunkedConversion(Sink<String> sink) =>
      _HtmlEscapeSink(this, sink is StringConversionSink ? sink : StringConversionSink.from(sink));
}

class _HtmlEscapeSink extends StringConversionSink {
  final HtmlEscape _escape;
  final StringConversionSink _sink;

  _HtmlEscapeSink(this._escape, this._sink);

  void addSlice(String chunk, int start, int end, bool isLast) {
    var val = _escape._convert(chunk, start, end);
    if (val == null) {
      _sink.addSlice(chunk, start, end, isLast);
    } else {
      _sink.add(val);
      if (isLast) _sink.close();
    }
  }

  void close() {
    _sink.close();
  }
}

const HtmlEscape htmlEscape = HtmlEscape();
