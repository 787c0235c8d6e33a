// FileSystemEntity.uri: a file URI of the path; a directory's ends with a slash.
import 'dart:io';
void main() {
  print(File('/tmp/a b.txt').uri);
  print(Directory('/tmp/sub').uri);
  print(File('rel/x.dart').uri);
  print(Directory('/tmp/sub/').uri.pathSegments);
  final d = Directory.systemTemp.createTempSync('u');
  File('${d.path}/n.txt').createSync();
  print(d.listSync().map((e) => e.uri.pathSegments.last).toList());
  d.deleteSync(recursive: true);
}
