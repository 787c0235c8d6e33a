import 'dart:io';

void main() {
  print(Platform.operatingSystem);
  print(Platform.isLinux);
  print(Platform.isWindows);
  print(Platform.isMacOS);
  print(Platform.pathSeparator);
  print(Platform.lineTerminator == '\n');
  print(Platform.numberOfProcessors >= 1);
  print(Platform.environment.isNotEmpty);
  print(Platform.environment.containsKey('PATH'));
  try {
    Platform.environment['X'] = 'y';
  } on UnsupportedError catch (e) {
    print(e);
  }
  print(Platform.version.contains(' on "linux_'));
  print(Platform.executable.isNotEmpty);
  print(pid > 0);
  var watch = Stopwatch()..start();
  sleep(const Duration(milliseconds: 20));
  print(watch.elapsedMilliseconds >= 20);
  print(Stopwatch.frequency);
  print(watch.elapsedTicks >= 20 * Stopwatch.frequency ~/ 1000);
  print(exitCode);
}
