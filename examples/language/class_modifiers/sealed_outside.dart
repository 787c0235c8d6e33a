// A sealed class cannot be subtyped outside of its library.
import 'src/restricted.dart';

class Square extends Shape {}

void main() {
  print(Square());
}
