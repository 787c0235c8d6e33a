// RuneIterator: string.runes.iterator, RuneIterator(string) and
// RuneIterator.at; moving both ways over a surrogate pair, rawIndex,
// currentSize, currentAsString, reset, and the errors for bad positions.
void main() {
  var s = 'a😀b';
  var it = s.runes.iterator;
  print('${it.current} ${it.rawIndex} ${it.currentSize} [${it.currentAsString}]');
  while (it.moveNext()) {
    print('${it.current} ${it.rawIndex} ${it.currentSize} ${it.currentAsString}');
  }
  print('${it.current} ${it.rawIndex}');
  while (it.movePrevious()) {
    print('back ${it.current} ${it.rawIndex}');
  }
  it.rawIndex = 1;
  print('${it.current} ${it.currentSize}');
  it.reset(3);
  print('${it.current} ${it.rawIndex}');
  it.moveNext();
  print(it.currentAsString);
  var at = RuneIterator.at('xyz', 1);
  at.moveNext();
  print(String.fromCharCode(at.current));
  print(at.string);
  try {
    RuneIterator.at(s, 2);
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    RuneIterator.at(s, 9);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    it.reset(-1);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    it.rawIndex = 4;
  } on RangeError catch (e) {
    print(e);
  }
  var r = Runes('h\uD800i');
  print(r);
  print(r.string == 'h\uD800i');
  print(r.length);
  var ri = RuneIterator('q');
  print(ri.moveNext());
  print(ri.current);
  Iterator<int> gen = 'ab'.runes.iterator;
  var out = [];
  while (gen.moveNext()) {
    out.add(gen.current);
  }
  print(out);
}
