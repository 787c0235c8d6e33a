void main() {
  var ok = 1_000;
  print(ok);
  var bad = 100_;
  print(bad);
}
