// data: URIs with Base64 content: UriData.parse and Uri.parse normalize the payload as
// base64.normalize does (URL-safe alphabet, %-escapes, missing padding) and report bad Base64
// with the VM's FormatExceptions; UriData.fromBytes / Uri.dataFromBytes encode bytes.
void main() {
  for (var text in [
    'data:;base64,SGVsbG8',
    'data:;base64,SGV-bG8_',
    'data:text/plain;base64,SGVsbG8%3D',
    'data:;base64,SGVsbA',
    'data:;base64,',
    'DATA:;base64,QQ',
  ]) {
    var data = UriData.parse(text);
    print('$data ${data.contentAsBytes()}');
  }
  print(Uri.parse('data:;base64,SGVsbG8'));
  print(Uri.parse('data:;base64,SGV-bG8_').data!.contentText);

  for (var bad in [
    'data:;base64,SGVsbG8==',
    'data:;base64,SGVs*G8=',
    'data:;base64,S',
    'data:;base64,SG=V',
    'data:;base64,S===',
    'data:;base64,SGVsbG8%4',
  ]) {
    try {
      UriData.parse(bad);
      print('parsed $bad');
    } on FormatException catch (e) {
      print('${e.message} at ${e.offset}');
    }
  }

  print(Uri.dataFromBytes([1, 2, 255]));
  print(Uri.dataFromBytes([104, 105, 32, 200], mimeType: 'text/plain', percentEncoded: true));
  print(Uri.dataFromBytes([0, 1], mimeType: 'image/png'));
  var fromBytes = UriData.fromBytes([1, 2, 3], parameters: {'a': 'b'});
  print(fromBytes);
  print('${fromBytes.mimeType} ${fromBytes.isBase64} ${fromBytes.parameters} ${fromBytes.contentAsBytes()}');
  print(UriData.fromBytes([]).contentAsBytes());
  try {
    Uri.dataFromBytes([1, 256], percentEncoded: true);
  } on ArgumentError catch (e) {
    print(e);
  }
  var fromString = UriData.fromString('hi there', base64: true);
  print('$fromString ${fromString.contentAsString()}');
}
