import 'dart:io';
Future<void> main() async {
  var dir = Directory.systemTemp.createTempSync('dartj_sink_');
  var file = File('${dir.path}/out.txt');
  var sink = file.openWrite();
  sink.write('a');
  sink.writeln(1);
  sink.writeAll(['x', 'y'], '-');
  sink.writeCharCode(10);
  sink.add([104, 105, 10]);
  await sink.flush();
  sink.writeln('after flush');
  await sink.close();
  print(file.readAsStringSync());
  try {
    sink.write('late');
  } on StateError catch (e) {
    print(e);
  }
  var more = file.openWrite(mode: FileMode.append);
  more.writeln('appended');
  await more.close();
  print(file.readAsLinesSync());
  stdout.writeln('stdout is an IOSink: ${stdout is IOSink}');
  dir.deleteSync(recursive: true);
}
