// A nullable local's initializer promotes it when the variable is not final (flow analysis
// treats the initialization as an assignment); a final one keeps its declared type.
void main() {
  int? counter = 6;
  final int? fixed = 5;
  num? n = 2.5;
  final num? m = 1;
  print([counter].runtimeType);
  print([fixed].runtimeType);
  print([n].runtimeType);
  print([m].runtimeType);
  counter = null;
  print([counter].runtimeType);
}
