// A library split over part files: `part` brings the parts' declarations (classes,
// functions, variables, private names) into this library's namespace.
library counters;

part 'src/parts_counter.dart';
part 'src/parts_format.dart';

void main() {
  var c = Counter('clicks');
  c.increment();
  c.increment();
  print(describe(c));
  print(_secret);
  print(totalCreated);
}
