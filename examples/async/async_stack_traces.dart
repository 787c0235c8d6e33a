// A stack trace of an error that ends an async function resumed by the event loop lists,
// after the frame where it was thrown, the async functions awaiting it, each after an
// `<asynchronous suspension>` line (locations left out here).
Future<void> inner() async {
  await Future.delayed(Duration.zero);
  throw StateError('deep');
}

Future<void> middle() async {
  await inner();
}

Future<void> outer() async {
  await middle();
}

void show(StackTrace s) {
  for (final line in s.toString().trimRight().split('\n')) {
    print(line.replaceAll(RegExp(r' \(.*\)$'), ''));
  }
}

Future<void> main() async {
  try {
    await outer();
  } catch (e, s) {
    print(e);
    show(s);
  }
  try {
    await inner();
  } catch (e, s) {
    show(s);
  }
}
