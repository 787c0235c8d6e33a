// Constructor tear-offs are constants: equal, and identical, wherever they are written;
// method tear-offs are equal for the same receiver.
class P {
  final int x;
  P(this.x);
  P.named(this.x);
  factory P.f(int x) => P(x);
}
class G<T> { G(); }
extension on int { int dbl() => this * 2; }
void main() {
  print(P.new == P.new);
  print(identical(P.new, P.new));
  print(P.named == P.named);
  print(P.f == P.f);
  print(G<int>.new == G<int>.new);
  var l = [1];
  print(l.add == l.add);
  print(1.toString == 1.toString);
  void local() {}
  print(local == local);
  var m = {P.new: 'ctor'};
  print(m[P.new]);
}
