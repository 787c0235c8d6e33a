import 'dart:io';

Future<void> main() async {
  var dir = Directory('${Directory.systemTemp.path}/dartj_types_$pid')..createSync(recursive: true);
  var file = File('${dir.path}/a.txt')..writeAsStringSync('hello');
  Directory('${dir.path}/sub').createSync();
  File('${dir.path}/sub/b.txt').writeAsStringSync('bee');

  print(FileSystemEntity.typeSync(file.path));
  print(FileSystemEntity.typeSync(dir.path));
  print(FileSystemEntity.typeSync('${dir.path}/missing'));
  print(FileSystemEntity.typeSync(file.path) == FileSystemEntityType.file);
  print(await FileSystemEntity.type(dir.path) == FileSystemEntityType.directory);
  print(FileSystemEntityType.notFound);
  print('${FileSystemEntity.isFileSync(file.path)} ${FileSystemEntity.isDirectorySync(file.path)} ${FileSystemEntity.isLinkSync(file.path)}');
  print('${await FileSystemEntity.isFile(dir.path)} ${await FileSystemEntity.isDirectory(dir.path)}');

  var stat = file.statSync();
  print('${stat.type} ${stat.size}');
  var missing = FileStat.statSync('${dir.path}/missing');
  print('${missing.type} ${missing.size}');
  print((await dir.stat()).type);
  print(file.lastModifiedSync() is DateTime);
  print((await file.lastModified()).isAfter(DateTime(2000)));

  var names = <String>[];
  await for (var e in dir.list(recursive: true)) {
    names.add('${e is File ? 'File' : e is Directory ? 'Directory' : 'Link'} ${e.path.substring(dir.path.length)}');
  }
  names.sort();
  names.forEach(print);
  dir.list().listen((_) {}, onError: (e) => print('unexpected $e'));
  await Directory('${dir.path}/nope').list().toList().catchError((e) {
    print('${e.runtimeType}: ${e.message}');
    return <FileSystemEntity>[];
  });

  var moved = await file.rename('${dir.path}/c.txt');
  print('${moved.path.substring(dir.path.length)} ${file.existsSync()} ${moved.readAsStringSync()}');
  var copied = await moved.copy('${dir.path}/d.txt');
  print(copied.readAsStringSync());
  var sub2 = Directory('${dir.path}/sub').renameSync('${dir.path}/sub2');
  print('${sub2 is Directory} ${sub2.path.substring(dir.path.length)} ${File('${sub2.path}/b.txt').readAsStringSync()}');
  var sub3 = await sub2.rename('${dir.path}/sub3');
  print(sub3.existsSync());
  try {
    File('${dir.path}/ghost').renameSync('${dir.path}/ghost2');
  } on FileSystemException catch (e) {
    print('${e.runtimeType} ${e.osError?.errorCode}');
  }

  print(ProcessInfo.currentRss > 0);
  print(ProcessInfo.maxRss >= ProcessInfo.currentRss ~/ 2);
  dir.deleteSync(recursive: true);
}
