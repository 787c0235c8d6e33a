// Isolate.packageConfig(Sync) is the program's package_config.json (the nearest
// .dart_tool/package_config.json here); resolvePackageUri(Sync) maps a package: URI to its
// file, gives null for an unknown package and any other URI back as it is.
import 'dart:io';
import 'dart:isolate';

Future<void> main() async {
  var config = Isolate.packageConfigSync;
  print(config == Platform.script.resolve('.dart_tool/package_config.json'));
  print(await Isolate.packageConfig == config);

  var library = Isolate.resolvePackageUriSync(Uri.parse('package:mylib/mylib.dart'));
  print(library == Platform.script.resolve('../mylib/lib/mylib.dart'));
  var impl = await Isolate.resolvePackageUri(Uri.parse('package:mylib/src/impl.dart'));
  print(impl == Platform.script.resolve('../mylib/lib/src/impl.dart'));
  print(File(library!.toFilePath()).existsSync());

  print(Isolate.resolvePackageUriSync(Uri.parse('package:unknown/unknown.dart')));
  print(Isolate.resolvePackageUriSync(Uri.parse('dart:core')));
  print(Isolate.resolvePackageUriSync(Uri.parse('file:///tmp/x.dart')));
}
