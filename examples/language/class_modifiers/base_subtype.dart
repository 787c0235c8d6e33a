// A subclass of a base class must itself be base, final or sealed.
import 'src/restricted.dart';

class Turbo extends Engine {}

void main() {
  print(Turbo().power());
}
