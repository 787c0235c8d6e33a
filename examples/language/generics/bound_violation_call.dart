class Box<T extends num> {
  final T value;
  Box(this.value);
}

void main() {
  print(Box<int>(1).value);
  var b = Box<String>('a');
  print(b.value);
}
