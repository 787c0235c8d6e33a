// An int literal where Dart's static type is double is a double: fields (also set from
// outside the class), parameters, named parameters, returns, typed collections.
class Sample {
  double value = 1;
  double weight;
  Sample(this.weight);
}

double twice(double d) => d * 2;
double fromBlock() {
  return 3;
}

void describe(double a, {double b = 4}) => print('$a $b');

void main() {
  var s = Sample(7);
  print('${s.value} ${s.weight}');
  s.value = 8;
  s.weight = 9;
  print('${s.value} ${s.weight}');
  print(twice(5));
  print(fromBlock());
  describe(1);
  describe(1, b: 2);
  print(<double>[1, 2]);
  Map<String, double> m = {'a': 1};
  print(m);
  double d = 10;
  d += 1;
  print(d);
}
