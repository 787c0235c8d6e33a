String describe(int? n) => switch (n) {
      0 => 'zero',
      int() => 'number',
    };

void main() {
  print(describe(0));
}
