void thrower() {
  print('about to throw');
  throw Exception('boom');
}

void main() {
  print('start');
  thrower();
  print('never printed');
}
