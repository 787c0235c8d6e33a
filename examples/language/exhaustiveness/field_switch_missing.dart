enum Phase { idle, running, done }

class Job {
  final Phase phase;
  Job(this.phase);

  String get label => switch (phase) {
        Phase.idle => 'idle',
        Phase.running => 'running',
      };
}

void main() {
  print(Job(Phase.idle).label);
}
