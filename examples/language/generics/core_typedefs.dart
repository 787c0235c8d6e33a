int byLength(String a, String b) => a.length.compareTo(b.length);
void main() {
  Comparator<String> c = byLength;
  var l = ['ccc', 'a', 'bb']..sort(c);
  print(l);
  print(c is Comparator<String>);
  print(c('a', 'bb'));
}
