// Without a context type a dot shorthand names nothing.
enum Color { red, green }

void main() {
  var c = .red;
  print(c);
}
