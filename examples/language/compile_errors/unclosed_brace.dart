// A block that is never closed is reported at its opening brace.
void main() {
  for (var i = 0; i < 3; i++) {
    print(i);
  }
