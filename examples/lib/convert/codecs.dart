// utf8, base64/base64Url and LineSplitter from dart:convert.
import 'dart:convert';

void main() {
  var bytes = utf8.encode('héllo €');
  print(bytes);
  print(utf8.decode(bytes));
  print(utf8.decode([104, 0xff, 105], allowMalformed: true));
  try {
    utf8.decode([0xff]);
  } on FormatException catch (e) {
    print('utf8 error: ${e.message}');
  }
  var b64 = base64.encode(utf8.encode('Dart on the JVM'));
  print(b64);
  print(utf8.decode(base64.decode(b64)));
  print(base64Encode([0xfb, 0xff]));
  print(base64UrlEncode([0xfb, 0xff]));
  print(base64Decode('+/8='));
  print(base64Url.decode('-_8='));
  try {
    base64.decode('ab!c');
  } on FormatException catch (e) {
    print('base64 error: ${e.message} at ${e.offset}');
  }
  print(LineSplitter.split('one\ntwo\r\nthree\rfour\n'));
  print(const LineSplitter().convert('a\nb'));
  print(LineSplitter.split('').length);
}
