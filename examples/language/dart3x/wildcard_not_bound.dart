// A local named `_` binds nothing: reading `_` finds no declaration.
void main() {
  var _ = 1;
  print(_);
}
