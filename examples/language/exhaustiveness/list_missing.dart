String size(List<int> list) => switch (list) {
      [] => 'empty',
      [_] => 'one',
      [_, _] => 'two',
    };

void main() {
  print(size([]));
}
