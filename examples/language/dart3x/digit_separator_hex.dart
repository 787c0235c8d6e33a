void main() {
  print(0x_FF);
}
