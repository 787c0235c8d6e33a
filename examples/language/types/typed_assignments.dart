void f(int x) { x = x + 1; print(x); dynamic d = 'a'; try { x = d; } catch (e) { print(e); } }
void main() {
  dynamic d = 'str';
  int y = 0;
  try { y = d; } catch (e) { print(e); }
  print(y);
  num total = 0;
  for (int i = 0; i < 5; i++) { total += i; total += 0.5; }
  print(total);
  double dd = 0; dd = 3; print(dd);
  f(1);
  String s = 'a';
  var g = () { s = 1 as dynamic; };
  try { g(); } catch (e) { print(e); }
}
