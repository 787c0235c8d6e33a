// null for a variable of a non-nullable type is a compile error, also in a field.
class Account {
  String owner = null;
}

void main() {
  print(Account().owner);
}
