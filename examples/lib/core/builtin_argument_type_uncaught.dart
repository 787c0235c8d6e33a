void main() {
  dynamic s = 'abc';
  print(s.padLeft(5));
  s.padLeft('x');
}
