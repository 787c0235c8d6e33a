// Where the Dart libraries hand out bytes they give Uint8Lists, and they take typed lists
// wherever a List<int> is taken.
import 'dart:convert';
import 'dart:io';
import 'dart:typed_data';

void main() async {
  final encoded = utf8.encode('héllo');
  print('${encoded is Uint8List} $encoded');
  print(utf8.decode(encoded));
  print(utf8.decode(Uint8List.fromList([104, 105])));

  final decoded = base64Decode('AQID');
  print('${decoded is Uint8List} $decoded');
  print(base64.decode('/w==') is Uint8List);
  print(base64Encode(Uint8List.fromList([1, 2, 3])));

  final dir = Directory.systemTemp.createTempSync();
  final file = File('${dir.path}/data.bin');
  file.writeAsBytesSync(Uint16List.fromList([0x4241]).buffer.asUint8List());
  final back = file.readAsBytesSync();
  print('${back is Uint8List} $back');
  await file.writeAsBytes(Uint8List.fromList([7, 8]), mode: FileMode.append);
  final async = await file.readAsBytes();
  print('${async is Uint8List} $async');
  dir.deleteSync(recursive: true);

  stdout.add(Uint8List.fromList([111, 107, 10]));
  await stdout.flush();
}
