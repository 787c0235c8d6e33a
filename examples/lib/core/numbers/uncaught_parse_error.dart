// An uncaught FormatException from int.parse ends the program with exit code 255.
void main() {
  print(int.parse('41') + 1);
  print(int.parse('4x2'));
  print('not reached');
}
