// A wildcard local or parameter does not shadow a top-level `_`: `_` still names it.
var _ = 'top-level';

String f(int _) => _;

void main() {
  var _ = 1;
  print(_);
  print(f(2));
  _ = 'assigned';
  print(_);
}
