import 'dart:io';
void main() {
  for (var p in ['/a/b/c.txt', 'a.txt', '/a', 'a/b/', '/', 'a//b', '//x']) {
    print('$p -> ${File(p).parent.path}');
  }
  print(File('x.txt').absolute.path == '${Directory.current.path}/x.txt');
  print(File('/x').isAbsolute);
  var dir = Directory.systemTemp.createTempSync('dartj_');
  var f = File('${dir.path}/sub/new.txt')..createSync(recursive: true);
  print(f.existsSync());
  f.writeAsStringSync('data');
  var g = f.copySync('${dir.path}/copy.txt');
  print(g.readAsStringSync());
  var h = g.renameSync('${dir.path}/moved.txt');
  print('${g.existsSync()} ${h.existsSync()}');
  try {
    File('${dir.path}/none').renameSync('${dir.path}/z');
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, '<tmp>'));
  }
  try {
    File('${dir.path}/moved.txt').createSync(exclusive: true);
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, '<tmp>'));
  }
  dir.deleteSync(recursive: true);
}
