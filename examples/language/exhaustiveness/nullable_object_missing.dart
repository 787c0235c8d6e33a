String describe(Object? value) => switch (value) {
      int() => 'int',
      Object() => 'object',
    };

void main() {
  print(describe(1));
}
