// More syntax forms: user operators (>>>, ~, unary -), super parameters, named
// arguments anywhere, null-aware cascades, patterns in for loops and switches.
typedef Mapper<T> = T Function(T);
T applyGeneric<T>(T Function<S>(S) f, T v) => f<T>(v);
class Vec {
  final int x;
  const Vec(this.x);
  Vec operator >>>(int n) => Vec(x >>> n);
  Vec operator ~() => Vec(~x);
  Vec operator -() => Vec(-x);
  bool operator ==(Object other) => other is Vec && other.x == x;
  int get hashCode => x;
  String toString() => 'Vec($x)';
}
class Base { final int a; Base(this.a); }
class Derived extends Base {
  final int b;
  Derived(super.a, {required this.b}) : assert(b >= 0);
}
void named({required int a, int b = 2}) => print('a=$a b=$b');
void mixed(int x, {int y = 0}) => print('$x $y');
void positional(int x, [int y = 5]) => print('$x $y');
void main() {
  Mapper<int> inc = (v) => v + 1;
  print(inc(1));
  print(applyGeneric(<S>(S s) => s, 'id'));
  print(Vec(-16) >>> 60);
  print(~Vec(0));
  print(-Vec(3));
  print(Vec(1) == Vec(1));
  var d = Derived(1, b: 2);
  print('${d.a} ${d.b}');
  named(b: 3, a: 1);
  mixed(y: 4, 1);
  positional(1);
  var m = {'k': 'value'};
  print(m['k']!.length);
  String? s;
  print(s?.length);
  var l = [1, 2]..add(3)..removeAt(0);
  print(l);
  List<int>? nl;
  nl?..add(1)..add(2);
  print(nl);
  print('tab\tnew\\n ${'nested ${1 + 1}'} ${"q"}');
  print('\b\f\v\r'.codeUnits);
  print('''a 'quoted' "x" \x41''');
  var rec = (a: 1, b: 'two');
  ({int a, String b}) typed = rec;
  print(typed.b);
  print(switch ([1, 2, 3]) { [var first, ...var rest] => '$first $rest', _ => 'none' });
  int? maybe = 3;
  if (maybe case var v?) print('has $v');
  Object o = 5;
  switch (o) {
    case int i when i > 3:
      print('big $i');
    case int():
      print('small');
    default:
      print('other');
  }
  var f = int.parse;
  print(f('12'));
  var ctor = Vec.new;
  print(ctor(7));
  print(const Vec(2) == Vec(2));
  print([for (final (a, b) in [(1, 2), (3, 4)]) a * b]);
  var sum = 0;
  for (final MapEntry(:key, :value) in {'x': 1, 'y': 2}.entries) {
    sum += value + key.length;
  }
  print(sum);
  print(1 is int ? 'int' : 'not');
}
