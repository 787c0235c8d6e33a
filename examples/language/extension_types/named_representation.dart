// Extension type constructors: `const` creation, a named representation constructor next to
// an unnamed generative or factory constructor, and an int literal in the representation's
// double context.
extension type const Meters(double value) {
  Meters operator +(Meters o) => Meters(value + o.value);
}

extension type Id._(int v) {
  Id(int x) : this._(x * 2);
}

extension type Code._(String text) {
  factory Code(int n) => Code._('C$n');
}

extension type const Pt.xy(int x) {
  const Pt.zero() : x = 0;
}

void main() {
  print(Meters(2));
  print(const Meters(1.5) + Meters(2));
  const m = Meters(2);
  print(m.value);
  print(Id(3).v);
  print(Id._(3).v);
  print(Code(7).text);
  print(Code._('raw').text);
  print(const Pt.zero());
  print(const Pt.xy(4).x);
  print(identical(const Pt.xy(4), const Pt.xy(4)));
}
