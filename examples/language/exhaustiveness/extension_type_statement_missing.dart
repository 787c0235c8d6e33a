extension type Flag(bool value) {}

void flag(Flag f) {
  switch (f) {
    case true:
      print('on');
  }
}

void main() {
  flag(Flag(true));
}
