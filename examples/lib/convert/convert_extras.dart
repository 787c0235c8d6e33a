// dart:convert: ascii and latin1 (allowInvalid), HtmlEscape modes, codec fusing and
// inversion, Utf8Encoder/Utf8Decoder, user Converters, JsonCodec(reviver:, toEncodable:).
import 'dart:convert';

class Shout extends Converter<String, String> {
  const Shout();
  String convert(String input) => input.toUpperCase();
}

class Exclaim extends Converter<String, String> {
  String convert(String input) => '$input!';
}

class Flip extends Codec<String, String> {
  Converter<String, String> get encoder => const _FlipLowBit();
  Converter<String, String> get decoder => const _FlipLowBit();
}

class _FlipLowBit extends Converter<String, String> {
  const _FlipLowBit();
  String convert(String s) => String.fromCharCodes(s.codeUnits.map((c) => c ^ 1));
}

class Money {
  final int cents;
  Money(this.cents);
}

void main() {
  print(ascii.encode('Hi!'));
  print(ascii.decode([72, 105]));
  print(ascii.name);
  try {
    ascii.encode('héllo');
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    ascii.decode([104, 200]);
  } on FormatException catch (e) {
    print(e);
  }
  print(ascii.decode([104, 200, 105], allowInvalid: true).codeUnits);
  print(const AsciiCodec(allowInvalid: true).decode([255]).codeUnitAt(0));
  print(const AsciiDecoder(allowInvalid: true).convert([65, 128, 66], 1));
  print(latin1.encode('héllo'));
  print(latin1.decode([104, 233, 108]));
  print(latin1.name);
  try {
    latin1.encode('€');
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    latin1.decode([104, 256]);
  } on FormatException catch (e) {
    print(e);
  }
  print(latin1.decode([104, 300], allowInvalid: true).codeUnits);

  var text = '<a href="x">Tom & Jerry\'s /path</a>';
  print(htmlEscape.convert(text));
  print(const HtmlEscape(HtmlEscapeMode.attribute).convert(text));
  print(const HtmlEscape(HtmlEscapeMode.sqAttribute).convert(text));
  print(const HtmlEscape(HtmlEscapeMode.element).convert(text));
  print(const HtmlEscape(HtmlEscapeMode(escapeSlash: true)).convert(text));
  print(htmlEscape.convert('plain'));
  print('${HtmlEscapeMode.unknown} ${HtmlEscapeMode.attribute} ${HtmlEscapeMode.sqAttribute} ${HtmlEscapeMode.element} ${const HtmlEscapeMode(name: 'mine')}');

  var utf8Base64 = utf8.fuse(base64);
  var encoded = utf8Base64.encode('héllo wörld');
  print(encoded);
  print(utf8Base64.decode(encoded));
  var jsonUtf8 = json.fuse(utf8);
  var bytes = jsonUtf8.encode({'a': [1, 2], 'b': 'é'});
  print(bytes);
  print(jsonUtf8.decode(bytes));
  var fromBase64 = base64.inverted;
  print(fromBase64.encode('aGk='));
  print(fromBase64.decode([104, 105]));
  print(identical(utf8.inverted.inverted, utf8));
  print(utf8.name);

  print(const Utf8Encoder().convert('añb'));
  print(const Utf8Encoder().convert('añb', 1, 2));
  print(const Utf8Decoder().convert([97, 195, 177, 98]));
  print(const Utf8Decoder(allowMalformed: true).convert([97, 255, 98]).codeUnits);
  try {
    const Utf8Decoder().convert([97, 255]);
  } on FormatException {
    print('malformed');
  }
  print(utf8.encoder.convert('z'));
  print(utf8.decoder.convert([122]));

  print(const Shout().convert('hey'));
  var both = const Shout().fuse(Exclaim());
  print(both.convert('hey'));
  print(both is Converter<String, String>);

  var codec = JsonCodec(
      reviver: (key, value) => value is int ? value * 10 : value,
      toEncodable: (o) => o is Money ? '${o.cents}c' : o);
  print(codec.decode('{"x": 1, "y": [2, "s"]}'));
  print(codec.encode({'price': Money(250)}));

  var flip = Flip();
  print(flip.encode('abc'));
  print(flip.decode(flip.encode('abc')));
  var flipBytes = flip.fuse(utf8);
  print(flipBytes.encode('abc'));
  print(flipBytes.decode([96, 99, 98]));
  print(flip.inverted.encode('abc'));
  print(json.encoder.convert([1, 'x']));
  print(json.decoder.convert('[2]'));
  print(base64.encoder.convert([1, 2, 3]));
  print(base64.decoder.convert('AQID'));
  print(ascii.fuse(base64).encode('hi'));
  print(ascii.encoder.convert('ok'));
  print(latin1.decoder.convert([233]));
}
