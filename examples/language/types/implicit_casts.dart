class Box<E> { E get(dynamic d) { E x = d; return x; } }
void main() {
  dynamic d = 'str';
  try { int y = d; print(y); } catch (e) { print(e); }
  double z = 1; print(z);
  num n = 2; print(n);
  List<int> xs = [1, 2]; print(xs);
  int Function(int) g = (x) => x + 1; print(g(1));
  try { String s = 3 as dynamic; print(s); } catch (e) { print(e); }
  String? ns = null as dynamic; print(ns);
  print(Box<int>().get(5));
  try { Box<int>().get('q'); } catch (e) { print(e); }
  try { int? k = 1.5 as dynamic; print(k); } catch (e) { print(e); }
}
