String lookup(Map<String, int> map) => switch (map) {
      {'a': var a} => 'a is $a',
      {'b': var b} => 'b is $b',
    };

void main() {
  print(lookup({'a': 1}));
}
