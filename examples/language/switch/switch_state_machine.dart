// A small state machine driven by a switch inside a loop: `break` leaves
// only the switch, a labeled break leaves the loop, and `return` leaves the
// whole function from inside a case.

String run(List<String> inputs) {
  var state = 'idle';
  var log = <String>[];
  loop:
  for (var input in inputs) {
    switch (state) {
      case 'idle':
        if (input == 'start') {
          state = 'running';
        }
        break;
      case 'running':
        switch (input) {
          case 'pause':
            state = 'paused';
          case 'stop':
            state = 'stopped';
            break loop;
          case 'crash':
            return 'crashed after ${log.length} steps';
          default:
            log.add(input);
        }
      case 'paused':
        if (input == 'resume') {
          state = 'running';
        }
    }
  }
  return 'state=$state work=${log.join(',')}';
}

void main() {
  print(run(['a', 'start', 'x', 'y', 'stop', 'z']));
  print(run(['start', 'x', 'pause', 'y', 'resume', 'z']));
  print(run(['start', 'x', 'crash', 'y']));
  print(run(['x', 'y']));
  print(run([]));
}
