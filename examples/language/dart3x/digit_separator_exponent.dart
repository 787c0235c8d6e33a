void main() {
  print(1.5e_3);
}
