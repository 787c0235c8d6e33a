String describe((bool, List<int>) pair) => switch (pair) {
      (true, _) => 'yes',
      (false, [_, ...]) => 'no, with elements',
    };

void main() {
  print(describe((true, [])));
}
