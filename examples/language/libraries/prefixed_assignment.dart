// Assignments through an import prefix: a top-level variable and a top-level setter.
import 'src/counters.dart' as c;

void main() {
  c.counter = 5;
  c.counter += 2;
  c.counter++;
  print(c.counter);
  c.scaled = 9;
  print(c.scaled);
}
