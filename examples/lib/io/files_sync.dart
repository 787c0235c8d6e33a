import 'dart:io';

void main() {
  var dir = Directory.systemTemp.createTempSync('dartj_io_');
  print(dir.existsSync());
  var file = File('${dir.path}/notes.txt');
  print(file.existsSync());
  file.writeAsStringSync('first line\nsecond line\n');
  print(file.existsSync());
  print(file.lengthSync());
  file.writeAsStringSync('third line\r\nfourth', mode: FileMode.append);
  print(file.readAsStringSync().length);
  print(file.readAsLinesSync());
  file.writeAsStringSync('héllo ✓');
  print(file.readAsStringSync());
  print(file.lengthSync());
  print(file.path.endsWith('/notes.txt'));
  print(file.path.startsWith(dir.path));

  var sub = Directory('${dir.path}/a/b/c');
  sub.createSync(recursive: true);
  print(sub.existsSync());
  File('${dir.path}/a/one.txt').writeAsStringSync('1');
  var names = dir.listSync(recursive: true).map((e) => '${e is Directory ? 'dir' : 'file'} ${e.path.substring(dir.path.length)}').toList()..sort();
  names.forEach(print);
  print(File('${dir.path}/a').existsSync());
  print(Directory('${dir.path}/notes.txt').existsSync());

  file.deleteSync();
  print(file.existsSync());
  try {
    Directory('${dir.path}/a').deleteSync();
  } on FileSystemException catch (e) {
    print(e.message);
    print(e.osError);
  }
  dir.deleteSync(recursive: true);
  print(dir.existsSync());
}
