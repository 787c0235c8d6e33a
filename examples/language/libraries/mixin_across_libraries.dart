// A mixin declared in another library: its members see that library's private names,
// wherever the mixin is applied. Static members of an imported class.
import 'src/tally.dart';

class Counter with Tally {}

class Named extends Object with Tally {
  final String name;
  Named(this.name);
  String toString() => '$name $tally';
}

void main() {
  var c = Counter();
  c.bump();
  c.bump();
  print(c.tally);
  var n = Named('n');
  n.bump();
  print(n);
  print(Limits.max);
  print(Limits.describe());
}
