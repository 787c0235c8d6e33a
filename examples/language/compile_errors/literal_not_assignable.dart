// A literal whose type can never be the variable's is a compile error: nothing runs.
void main() {
  print('never printed');
  int count = 'three';
  print(count);
}
