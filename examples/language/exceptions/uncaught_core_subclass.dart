// An uncaught instance of a class extending StateError prints the core class's text.
class NotReady extends StateError {
  NotReady() : super('not ready');
}

void main() {
  print('before');
  throw NotReady();
}
