import 'dart:io';

Future<void> main() async {
  var dir = await Directory('${Directory.systemTemp.path}/dartj_async_${pid}').create(recursive: true);
  var file = File('${dir.path}/data.txt');
  print(await file.exists());
  var written = file.writeAsString('alpha\nbeta\n');
  print('write started');
  print(identical(await written, file));
  await file.writeAsString('gamma', mode: FileMode.append);
  print(await file.readAsString());
  print(await file.readAsLines());
  print(await file.length());
  file.exists().then((e) => print('exists: $e'));
  print('before the event');
  await Future.delayed(Duration.zero);
  try {
    await File('${dir.path}/missing').readAsString();
  } on PathNotFoundException catch (e) {
    print('caught ${e.message}');
  }
  await file.delete();
  print(await file.exists());
  await dir.delete(recursive: true);
  print(await dir.exists());
}
