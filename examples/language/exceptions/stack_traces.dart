// StackTrace.current and caught stack traces name the Dart frames with file:line:col
// (only the first frames are checked: the VM adds its own internal frames below main).
void thrower() {
  throw StateError('deep');
}

String firstFrame(StackTrace s) => s.toString().split('\n').first;

String currentFrame() => firstFrame(StackTrace.current);

void main() {
  print(currentFrame().startsWith('#0      currentFrame ('));
  print(currentFrame().contains('stack_traces.dart:9:'));
  try {
    thrower();
  } catch (e, s) {
    print(firstFrame(s).startsWith('#0      thrower ('));
    print(firstFrame(s).contains('stack_traces.dart:4:'));
    print(s.toString().split('\n')[1].startsWith('#1      main ('));
  }
  try {
    throw FormatException('here');
  } catch (e, s) {
    print(firstFrame(s).startsWith('#0      main ('));
    print(firstFrame(s).contains('stack_traces.dart:22:'));
  }
}
