// An error thrown after an await in an async main is reported as an
// unhandled exception and the process exits with code 255.
Future<void> main() async {
  print('before await');
  await Future.delayed(Duration(milliseconds: 5));
  print('after await');
  throw StateError('async failure');
}
