import 'dart:io';

void main() {
  var script = Platform.script;
  print(script.scheme);
  print(script.isAbsolute);
  print(script.pathSegments.last);
  print(script.toFilePath().endsWith('/examples/lib/io/platform_script.dart'));
  print(Platform.resolvedExecutable.isNotEmpty);
  print(Platform.operatingSystemVersion.isNotEmpty);
  print(Platform.localHostname.isNotEmpty);
}
