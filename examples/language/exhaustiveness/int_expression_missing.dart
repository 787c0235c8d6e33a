String name(int n) => switch (n) {
      0 => 'zero',
      1 => 'one',
    };

void main() {
  print(name(0));
}
