class Measure<T extends num> {
  T? last;
}

class Labels extends Measure<String> {}

void main() {
  print(Labels().last);
}
