// json.encoder / json.decoder are a JsonEncoder / JsonDecoder (types, `is`, the codec's
// toEncodable and reviver), JsonEncoder.withIndent with toEncodable, JsonUtf8Encoder, and the
// converter types of utf8, base64 and ascii.
import 'dart:convert';

class Point {
  final int x, y;
  Point(this.x, this.y);
  Map<String, int> toJson() => {'x': x, 'y': y};
}

class Opaque {
  String toString() => 'opaque';
}

void main() {
  print(json.encoder.runtimeType);
  print(json.decoder.runtimeType);
  print(json.encoder is JsonEncoder);
  print(json.decoder is JsonDecoder);
  print(json.encoder is Converter<Object?, String>);
  print(json.decoder is Converter<String, Object?>);
  print(json.encoder.indent);
  print(identical(json.encoder, json.encoder));
  print(identical(json.decoder, const JsonDecoder()));
  print(identical(base64.encoder, const Base64Encoder()));
  print(identical(ascii.decoder, const AsciiDecoder()));

  var codec = JsonCodec(toEncodable: (o) => 'enc:$o', reviver: (k, v) => v is int ? v * 10 : v);
  print(codec.encoder.convert([Opaque()]));
  print(codec.decoder.convert('{"a": 1, "b": [2]}'));
  print(json.encoder.convert({'p': Point(1, 2)}));

  var pretty = JsonEncoder.withIndent('  ', (o) => o.toString());
  print(pretty.indent == '  ');
  print(pretty.convert({'list': [1, Opaque()], 'empty': [], 'map': {}}));
  print(const JsonEncoder.withIndent('\t').convert([1, [2]]));
  try {
    const JsonEncoder().convert(Opaque());
  } on JsonUnsupportedObjectError catch (e) {
    print(e);
  }

  var bytes = JsonUtf8Encoder().convert({'é': [1]});
  print(bytes);
  print(utf8.decode(bytes));
  print(JsonUtf8Encoder(' ').convert([1]));
  print(json.encoder.fuse(utf8.encoder).runtimeType);
  print(json.encoder.fuse(utf8.encoder).convert([true]));
  print(json.fuse(utf8).encode({'k': 'v'}));

  print(utf8.encoder.runtimeType);
  print(utf8.decoder.runtimeType);
  print(base64.encoder.runtimeType);
  print(base64.decoder.runtimeType);
  print(base64Url.encoder.convert([251, 255]));
  print(base64.encoder.convert([251, 255]));
  print(base64.decoder.convert('+/8='));
  print(ascii.encoder.runtimeType);
  print(latin1.decoder.runtimeType);
  print(const LineSplitter().runtimeType);
  print(const HtmlEscape() is Converter<String, String>);
}
