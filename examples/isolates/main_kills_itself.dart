// The main isolate kills itself with priority immediate: nothing after the call runs (not
// even a finally block), "isolate terminated by Isolate.kill" goes to stderr, exit code 255.
import 'dart:isolate';

void main() {
  print('before kill');
  try {
    Isolate.current.kill(priority: Isolate.immediate);
  } finally {
    print('not printed');
  }
}
