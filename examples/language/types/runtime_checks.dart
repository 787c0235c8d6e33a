void f(int x) => print(x);
void g({required String name, int count = 0}) => print('$name $count');
void h([double d = 1.5]) => print(d);
class A { void m(String s) => print(s); }
class Box<E> { E? v; void put(E x) { v = x; print('put $x'); } }
T ident<T>(T x) => x;
void main() {
  dynamic d = 'str';
  try { f(d); } catch (e) { print(e); }
  try { (A() as dynamic).m(1); } catch (e) { print(e); }
  try { g(name: 1 as dynamic); } catch (e) { print(e); }
  try { g(name: 'n', count: 'c' as dynamic); } catch (e) { print(e); }
  g(name: 'ok');
  h(); h(2);
  try { h('x' as dynamic); } catch (e) { print(e); }
  Box<int> b = Box<int>();
  b.put(3);
  try { (b as dynamic).put('s'); } catch (e) { print(e); }
  try { (f as dynamic)(null); } catch (e) { print(e); }
  print(ident<int>(4));
  var c = (int n) => n * 2;
  try { (c as dynamic)('z'); } catch (e) { print(e); }
}
