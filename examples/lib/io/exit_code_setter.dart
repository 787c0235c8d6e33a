import 'dart:io';

Future<void> main() async {
  print(exitCode);
  exitCode = 5;
  print(exitCode);
  await Future.delayed(const Duration(milliseconds: 5));
  print('main ends normally');
}
