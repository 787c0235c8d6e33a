// The part of dart:convert written in Dart (see docs/architecture.md, "Core libraries in
// Dart"): Converter, Codec (fuse, inverted), ascii/latin1, HtmlEscape, Utf8Encoder/Decoder.
// utf8, base64 and json are Java builtins; the extensions below give them the Codec members.
import 'dart:_internal';

/// Converts data from S to T.
abstract class Converter<S, T> {
  const Converter();

  T convert(S input);

  /// This converter followed by `other`; the result's target type is other's own (TT is
  /// often not written at the call site), read through `other`.
  Converter<S, TT> fuse<TT>(Converter<T, TT> other) => other._after<S>(this) as Converter<S, TT>;

  /// `first` followed by this converter.
  Converter<R, T> _after<R>(Converter<R, S> first) => _FusedConverter<R, S, T>(first, this);

  Converter<RS, RT> cast<RS, RT>([dynamic sourceType, dynamic targetType]) => this as Converter<RS, RT>;
}

class _FusedConverter<S, M, T> extends Converter<S, T> {
  final Converter<S, M> _first;
  final Converter<M, T> _second;

  _FusedConverter(this._first, this._second);

  T convert(S input) => _second.convert(_first.convert(input));
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
  Utf8Decoder get decoder => const Utf8Decoder();
  Codec<String, R> fuse<R>(Codec<List<int>, R> other) => _FusedCodec<String, List<int>, R>(this, other);
  Codec<List<int>, String> get inverted => _InvertedCodec<List<int>, String>(this);
}

extension Base64CodecMembers on Base64Codec {
  Converter<List<int>, String> get encoder => _CodecConverter<List<int>, String>((input) => this.encode(input));
  Converter<String, List<int>> get decoder => _CodecConverter<String, List<int>>((input) => this.decode(input));
  Codec<List<int>, R> fuse<R>(Codec<String, R> other) => _FusedCodec<List<int>, String, R>(this, other);
  Codec<String, List<int>> get inverted => _InvertedCodec<String, List<int>>(this);
}

extension JsonCodecMembers on JsonCodec {
  // converters that use this codec's reviver and toEncodable
  Converter<Object?, String> get encoder => _CodecConverter<Object?, String>((input) => this.encode(input));
  Converter<String, Object?> get decoder => _CodecConverter<String, Object?>((input) => this.decode(input));
  Codec<Object?, R> fuse<R>(Codec<String, R> other) => _FusedCodec<Object?, String, R>(this, other);
  Codec<String, Object?> get inverted => _InvertedCodec<String, Object?>(this);
}

/// UTF-8 encoding of strings.
class Utf8Encoder extends Converter<String, List<int>> {
  const Utf8Encoder();

  List<int> convert(String string, [int start = 0, int? end]) {
    int stop = checkValidRange(start, end, string.length);
    return utf8.encode(string.substring(start, stop));
  }
}

/// UTF-8 decoding of bytes; malformed input is an error unless `allowMalformed`.
class Utf8Decoder extends Converter<List<int>, String> {
  final bool _allowMalformed;

  const Utf8Decoder({bool allowMalformed = false}) : _allowMalformed = allowMalformed;

  String convert(List<int> codeUnits, [int start = 0, int? end]) {
    int stop = checkValidRange(start, end, codeUnits.length);
    return utf8.decode(codeUnits.sublist(start, stop), allowMalformed: _allowMalformed);
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
  AsciiDecoder get decoder => AsciiDecoder(allowInvalid: _allowInvalid);
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
  Latin1Decoder get decoder => Latin1Decoder(allowInvalid: _allowInvalid);
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

  String convert(String text) {
    StringBuffer? result;
    int start = 0;
    for (var i = 0; i < text.length; i++) {
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
    if (result == null) return text;
    if (text.length > start) result.write(text.substring(start));
    return result.toString();
  }
}

const HtmlEscape htmlEscape = HtmlEscape();
