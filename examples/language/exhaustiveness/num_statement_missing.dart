void describe(num n) {
  switch (n) {
    case int():
      print('int');
  }
}

void main() {
  describe(1);
}
