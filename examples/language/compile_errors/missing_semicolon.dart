// The front end reports a missing ';' after the token it should follow.
void main() {
  print('never printed');
  var total = 40 + 2
  print(total);
}
