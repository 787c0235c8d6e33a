import 'dart:io';

void main() {
  var dir = Directory.systemTemp.createTempSync('dartj_err_');
  var missing = '${dir.path}/missing.txt';
  for (var action in <void Function()>[
    () => File(missing).readAsStringSync(),
    () => File(missing).deleteSync(),
    () => File(missing).lengthSync(),
    () => File('${dir.path}/no/such/dir/x.txt').writeAsStringSync('x'),
    () => Directory('${dir.path}/x/y').createSync(),
    () => Directory('${dir.path}/x').listSync(),
  ]) {
    try {
      action();
      print('no error');
    } on FileSystemException catch (e) {
      print(e.toString().replaceAll(dir.path, '<tmp>'));
      print('${e.runtimeType} ${e.osError != null} ${e is IOException}');
    }
  }
  dir.deleteSync();
}
