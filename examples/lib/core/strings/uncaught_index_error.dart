// An uncaught RangeError from indexing a string ends the program with exit code 255.
String initials(String name) => name[0] + name[name.indexOf(' ') + 1];

void main() {
  print(initials('Ada Lovelace'));
  print(initials('Plato '));
  print('not reached');
}
