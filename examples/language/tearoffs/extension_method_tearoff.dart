// An extension method torn off is a new closure each time: printed by its signature, equal
// only to itself.
extension E on int { int dbl() => this * 2; }
void main() {
  print(3.dbl);
  print(3.dbl == 3.dbl);
  var f = 3.dbl;
  print(f == f);
}
