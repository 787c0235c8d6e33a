// An assignment of a value of another type ends a promotion: the variable has its declared
// type again (here no tested type can take the assigned value, so none promotes it).
void main() {
  Object o = 1;
  if (o is int) {
    print([o].runtimeType);
    o = 'x';
    print([o].runtimeType);
  }
  print([o].runtimeType);

  Object p = 2;
  if (p is int) {
    print([p].runtimeType);
  }
  p = 'y';
  print([p].runtimeType);

  Object r = 'a';
  if (r is String) print([r, r.length].runtimeType);
  r = 5;
  print(r);
}
