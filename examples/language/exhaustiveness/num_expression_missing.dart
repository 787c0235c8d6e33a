String describe(num n) => switch (n) {};

void main() {
  print(describe(1));
}
