// Isolate.spawnUri with packageConfig: the new program resolves its package: imports with the
// given package_config.json. Bad options fail the returned future (spawnUri is an async
// method in the VM): an environment is not supported by the VM (UnimplementedError), and
// automaticPackageResolution, packageRoot and packageConfig exclude each other.
import 'dart:async';
import 'dart:io';
import 'dart:isolate';

Future<void> main() async {
  var config = Platform.script.resolve('support/packages_demo/package_config.json');
  var child = Platform.script.resolve('support/package_child.dart');
  var port = ReceivePort();
  var replies = StreamIterator(port);

  await Isolate.spawnUri(child, ['isolate'], port.sendPort, packageConfig: config);
  await replies.moveNext();
  print(replies.current);

  var attempts = <String, Future<Isolate> Function()>{
    'environment': () => Isolate.spawnUri(child, [], null, environment: {'GREETING': 'hi'}),
    'automatic and packageConfig': () =>
        Isolate.spawnUri(child, [], null, automaticPackageResolution: true, packageConfig: config),
    'automatic and packageRoot': () =>
        Isolate.spawnUri(child, [], null, automaticPackageResolution: true, packageRoot: config),
    'packageRoot and packageConfig': () =>
        Isolate.spawnUri(child, [], null, packageRoot: config, packageConfig: config),
  };
  for (var entry in attempts.entries) {
    var future = entry.value();
    print('${entry.key}: returned a future');
    try {
      await future;
    } catch (e) {
      print('  ${e.runtimeType}: $e');
    }
  }
  await replies.cancel();
}
