String describe(value) => switch (value) {
      int() => 'int',
      String() => 'string',
    };

void main() {
  print(describe(1));
}
