// Isolate.exit and Isolate.current.kill in the main isolate end the program as the VM does:
// the final message is sent, nothing after the call runs, the reason is printed on stderr
// and the exit code is 255.
import 'dart:isolate';

void main() {
  var port = RawReceivePort();
  print('before Isolate.exit');
  try {
    Isolate.exit(port.sendPort, 'final message');
  } finally {
    print('not printed: a finally block does not run');
  }
}
