// Another isolate kills the main isolate (its Isolate object was sent over) with
// priority immediate: main stops at once, even inside an endless loop, and the program ends
// as the VM's does: "isolate terminated by Isolate.kill" on stderr, exit code 255.
import 'dart:isolate';

void killer(Isolate main) {
  main.kill(priority: Isolate.immediate);
}

void main() {
  // Printed before the spawn: the killer may run before main's next statement.
  print('main loops forever');
  Isolate.spawn(killer, Isolate.current);
  var i = 0;
  while (true) {
    i++;
  }
}
