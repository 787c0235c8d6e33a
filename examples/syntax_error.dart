// The right operand of '+' is missing; nothing runs, not even the first print.
void main() {
  print('this line is never printed');
  var x = 1 +;
  print(x);
}
