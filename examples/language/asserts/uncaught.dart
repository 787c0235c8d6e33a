int half(int n) {
  assert(n.isEven, 'odd: $n');
  return n ~/ 2;
}

void main() {
  print(half(4));
  print(half(3));
}
