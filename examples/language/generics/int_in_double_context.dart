double half(double x) => x / 2;
double one() => 1;
class P { final double x; P(this.x); }
void main() {
  print(half(3));
  print(one());
  print(P(2).x);
  double d = 5;
  print(d);
  print(<double>[1, 2]);
}
