int counter = 0;
double ratio = 0;
String? label;
void main() {
  dynamic d = 'str';
  counter = 5; print(counter);
  try { counter = d; } catch (e) { print(e); }
  print(counter);
  ratio = 2; print(ratio);
  label = 'x'; label = null; print(label);
  try { label = 3 as dynamic; } catch (e) { print(e); }
}
