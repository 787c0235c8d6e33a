// Stack traces have the VM's private classes: captured frames are a _StackTrace,
// fixed texts (StackTrace.fromString, StackTrace.empty) a _StringStackTrace.
import 'dart:async';

Future<void> fails() async {
  throw StateError('async');
}

Future<void> main() async {
  try {
    throw StateError('x');
  } catch (e, st) {
    print('${st.runtimeType} ${st is StackTrace}');
  }
  print(StackTrace.current.runtimeType);
  print(StackTrace.empty.runtimeType);
  final text = StackTrace.fromString('#0 somewhere');
  print('${text.runtimeType} $text');
  try {
    await fails();
  } catch (e, st) {
    print(st.runtimeType);
  }
  runZonedGuarded(() => throw 'zoned', (e, st) => print('zone: ${st.runtimeType}'));
}
