// Collection methods called with a written type argument have its type as static type:
// fold<int> is an int, whereType<int> iterates ints, so literals built from them reify it.
void main() {
  var xs = [1, 2, 3];
  var total = xs.fold<int>(0, (s, x) => s + x);
  var objs = <Object>[1, 'a', 2];
  var ints = objs.whereType<int>();
  print([total].runtimeType);
  print([ints.first].runtimeType);
  print(ints.toList());
  var sum = objs.whereType<int>().fold<num>(0, (a, b) => a + b);
  print([sum].runtimeType);
}
