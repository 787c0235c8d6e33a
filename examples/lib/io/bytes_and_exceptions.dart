import 'dart:io';
void main() {
  var dir = Directory.systemTemp.createTempSync();
  var f = File('${dir.path}/b.bin');
  f.writeAsBytesSync([0, 1, 255, 256]);
  print(f.readAsBytesSync());
  print(FileSystemException('boom'));
  print(FileSystemException('boom', 'p', OSError('bad', 5)));
  print(FileSystemException());
  print(OSError());
  print(OSError('x').errorCode);
  try { f.readAsStringSync(); File('${dir.path}/nope').lengthSync(); } on FileSystemException catch (e) { print(e.osError?.errorCode); print(e.osError?.message); }
  print(f.toString().endsWith("/b.bin'"));
  print(dir.toString().startsWith("Directory: '"));
  dir.deleteSync(recursive: true);
}
